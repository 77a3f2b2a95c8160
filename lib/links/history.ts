import "server-only";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/db/client";
import { linkHistoryTitles } from "@/db/queries/links/staff";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { linkKey, measureLinkKinds, type MeasureLinkKind } from "./kinds";

type Values = Record<string, unknown> | null;
type Entry = { action: string; before: Values; after: Values };

const isKind = (v: unknown): v is MeasureLinkKind => typeof v === "string" && (measureLinkKinds as readonly string[]).includes(v);
const isId = (v: unknown): v is string => typeof v === "string" && /^[0-9a-f-]{36}$/i.test(v);

/**
 * A link's history records hold ids (`{ kind, targetId }` on the measure,
 * `{ measureId }` on the item). For the reader they become the kind and the
 * item's or measure's name in the page's language ("EU project: Name"), with
 * the field named in that language; every other entry is left as it is.
 * An item deleted since keeps its id.
 */
export async function nameLinkEntries<E extends Entry>(db: Db, entries: E[], locale: Locale): Promise<E[]> {
  const links = entries.filter((e) => e.action === "link" || e.action === "unlink");
  if (!links.length) return entries;
  const values = links.flatMap((e) => [e.before, e.after]).filter((v): v is Record<string, unknown> => !!v);
  const targetKeys = values.filter((v) => isKind(v.kind) && isId(v.targetId)).map((v) => linkKey(v.kind as MeasureLinkKind, v.targetId as string));
  const measureIds = [...new Set(values.map((v) => v.measureId).filter(isId))];
  const roundIds = values.filter((v) => v.kind === "evaluationRound" && isId(v.targetId)).map((v) => v.targetId as string);
  const [{ targets, measureRows, roundRows }, t] = await Promise.all([
    linkHistoryTitles(db, { targetKeys, measureIds, roundIds }),
    getTranslations({ locale, namespace: "links" }),
  ]);
  const names = new Map<string, string>([
    ...targets.map((r) => [r.id, pick(r.title, locale)] as [string, string]),
    ...roundRows.map((r) => [linkKey("evaluationRound", r.id), pick(r.title, locale)] as [string, string]),
    ...measureRows.map((r) => [r.id, pick(r.title, locale)] as [string, string]),
  ]);
  const named = (v: Values): Values => {
    if (!v) return v;
    if (isKind(v.kind) && isId(v.targetId)) return { [t("item")]: `${t(`kinds.${v.kind}`)}: ${names.get(linkKey(v.kind, v.targetId)) || v.targetId}` };
    if (isId(v.measureId) && Object.keys(v).length === 1) return { [t("measure")]: names.get(v.measureId) || v.measureId };
    return v;
  };
  return entries.map((e) => (e.action === "link" || e.action === "unlink" ? { ...e, before: named(e.before), after: named(e.after) } : e));
}
