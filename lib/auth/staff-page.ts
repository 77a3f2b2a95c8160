import "server-only";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getDb, type Db } from "@/db/client";
import { isUuid } from "@/lib/ids";
import type { Actor, Capability } from "@/lib/permissions";
import { requirePage } from "./guards";

/**
 * The opening of every staff page, in one call:
 *
 * ```ts
 * const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
 * ```
 *
 * It reads the route's params, sets the request's language (static
 * rendering), lets in only people who hold `capability` (others go to sign-in
 * or "no access", `requirePage`), checks that each param named in `ids` is a
 * UUID (a typo in the address is "not found", never a database error) and
 * hands back the database.
 */
export async function staffPage<P extends { locale: string }>(
  params: Promise<P>,
  capability: Capability,
  ids: readonly (keyof P & string)[] = [],
): Promise<P & { user: Actor; db: Db }> {
  const route = await params;
  setRequestLocale(route.locale);
  const user = await requirePage(route.locale, capability);
  if (ids.some((name) => !isUuid(route[name]))) notFound();
  return { ...route, user, db: await getDb() };
}
