import "server-only";
import { and, count, inArray, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { advocacyActivities, euProjects, governmentAsks, measures, networks } from "../../schema";
import type { LocalizedText } from "../../schema/common";
import { publicWhere } from "../public/visibility";
import { isUuid } from "@/lib/ids";
import { linkKey, parseLinkKey, publicHref, type PublicLinkKind } from "@/lib/links/kinds";

/** How many links a public page lists at most. */
export const PUBLIC_LINK_LIMIT = 50;

export type PublicLinkedItem = { kind: PublicLinkKind; id: string; title: LocalizedText; href: string; isDemo: boolean };
export type PublicLinkedMeasure = { id: string; title: LocalizedText; isDemo: boolean };

/**
 * Of the links a published measure snapshot names ("euProject:<id>", …), the
 * items that are public themselves (the one visibility rule), with their
 * published titles and public pages. Bounded by PUBLIC_LINK_LIMIT.
 */
export async function publicLinkedItems(db: Db, keys: readonly string[]): Promise<PublicLinkedItem[]> {
  const ids = (kind: PublicLinkKind) =>
    keys
      .map(parseLinkKey)
      .filter((k): k is { kind: PublicLinkKind; id: string } => k?.kind === kind && isUuid(k.id))
      .map((k) => k.id)
      .slice(0, PUBLIC_LINK_LIMIT);
  const load = async (kind: PublicLinkKind, table: typeof euProjects | typeof networks | typeof advocacyActivities | typeof governmentAsks, title: string) => {
    const list = ids(kind);
    if (!list.length) return [];
    const where = kind === "euProject" ? publicWhere.euProject() : kind === "network" ? publicWhere.network() : kind === "advocacyActivity" ? publicWhere.advocacyActivity() : publicWhere.governmentAsk();
    const rows = await db
      .select({ id: table.id, s: table.published, isDemo: table.isDemo })
      .from(table)
      .where(and(inArray(table.id, list), where));
    return rows.map((r) => {
      const s = (r.s ?? {}) as Record<string, unknown>;
      return { kind, id: r.id, title: s[title] as LocalizedText, href: publicHref(kind, r.id, (s.programmeYear as number | undefined) ?? null), isDemo: r.isDemo };
    });
  };
  const parts = await Promise.all([
    load("euProject", euProjects, "name"),
    load("network", networks, "name"),
    load("advocacyActivity", advocacyActivities, "title"),
    load("governmentAsk", governmentAsks, "wording"),
  ]);
  return parts.flat().sort((a, b) => a.kind.localeCompare(b.kind) || (a.title?.fi ?? "").localeCompare(b.title?.fi ?? "", "fi"));
}

/** The public items that carry out the public measures of a priority (its public page), bounded. */
export async function publicLinkedItemsOfPriority(db: Db, priorityId: string): Promise<PublicLinkedItem[]> {
  if (!isUuid(priorityId)) return [];
  const rows = await db
    .selectDistinct({ key: sql<string>`jsonb_array_elements_text(coalesce(${measures.published}->'links', '[]'::jsonb))` })
    .from(measures)
    .where(and(publicWhere.measure(), sql`${measures.published}->'priorityIds' @> ${JSON.stringify([priorityId])}::jsonb`))
    .limit(PUBLIC_LINK_LIMIT * 4);
  return (await publicLinkedItems(db, rows.map((r) => r.key))).slice(0, PUBLIC_LINK_LIMIT);
}

/** The public measures whose published snapshot names this item (its public page), bounded, with how many there are. */
export async function publicMeasuresLinkedTo(db: Db, kind: PublicLinkKind, id: string): Promise<{ items: PublicLinkedMeasure[]; total: number }> {
  if (!isUuid(id)) return { items: [], total: 0 };
  const where = and(publicWhere.measure(), sql`${measures.published}->'links' @> ${JSON.stringify([linkKey(kind, id)])}::jsonb`);
  const [rows, [n]] = await Promise.all([
    db
      .select({ id: measures.id, title: sql<LocalizedText>`${measures.published}->'title'`, isDemo: measures.isDemo })
      .from(measures)
      .where(where)
      .orderBy(sql`${measures.published}->'title'->>'fi'`)
      .limit(PUBLIC_LINK_LIMIT),
    db.select({ n: count() }).from(measures).where(where),
  ]);
  return { items: rows, total: Number(n?.n ?? 0) };
}
