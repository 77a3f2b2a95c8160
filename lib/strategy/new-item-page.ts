import "server-only";
import { notFound } from "next/navigation";
import { getLiveGoal, getLivePeriod } from "@/db/queries/strategy/structure";
import { staffPage } from "@/lib/auth/staff-page";
import { isUuid } from "@/lib/ids";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";

/** The live items a new one is made under, by the search param naming them. */
const parents = { period: getLivePeriod, goal: getLiveGoal };

type Parent<K extends keyof typeof parents> = NonNullable<Awaited<ReturnType<(typeof parents)[K]>>>;

/**
 * The opening of a "new goal / priority / indicator / measure" page, in one
 * call: a coordinator's page (`strategy.manage`, `staffPage`) under the live
 * period or goal named in the address (`?period=…`, `?goal=…`); a missing,
 * malformed or archived one is "not found". Hands back the page's language,
 * user and database, the parent, and whether the user may publish at once.
 */
export async function newItemPage<K extends keyof typeof parents>(
  params: Promise<{ locale: Locale }>,
  searchParams: Promise<Partial<Record<K, string>>>,
  key: K,
): Promise<{ locale: Locale; db: Awaited<ReturnType<typeof staffPage>>["db"]; parent: Parent<K>; canPublish: boolean }> {
  const { locale, user, db } = await staffPage(params, "strategy.manage");
  const id = (await searchParams)[key];
  if (!isUuid(id)) notFound();
  const parent = (await parents[key](db, id)) as Parent<K> | null;
  if (!parent) notFound();
  return { locale, db, parent, canPublish: can(user.role, "content.publish") };
}
