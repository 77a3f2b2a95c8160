import "server-only";
import { queueItems } from "@/db/queries/review/queue";
import { getTranslations } from "next-intl/server";
import { publishTexts } from "@/db/queries/advocacy/snapshots";
import { priorityTitles, reviewRow, userNames } from "@/db/queries/review/detail";
import type { AdvocacyActivity, AdvocacyPlan, GovernmentAsk } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import { missingRequiredTranslations, pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { loadForUpdate, returnRow } from "@/lib/publishing";
import type { ComparisonRow, ReviewRow, ReviewSource } from "@/lib/review/types";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { localizedRows } from "@/lib/review/compare";
import { itemPath } from "./kinds";
import { entityType, kindTable, publishItem, snapshotFor, type AdvocacyKind } from "./workflow";

/**
 * The advocacy area's items in the cross-area review queue
 * (lib/review/sources.ts): plans' public summaries, advocacy actions and
 * government-programme asks. Publishing goes through the same workflow as
 * "publish now" on the area's own forms.
 */
type Row = (AdvocacyPlan | AdvocacyActivity | GovernmentAsk) & ReviewRow;
type FieldKind = "localized" | "text" | "date" | "type" | "outcome" | "priority" | "links";
const fields: Record<AdvocacyKind, { key: string; kind: FieldKind }[]> = {
  plan: [
    { key: "priorityId", kind: "priority" },
    { key: "publicSummary", kind: "localized" },
  ],
  activity: [
    { key: "type", kind: "type" },
    { key: "priorityId", kind: "priority" },
    { key: "title", kind: "localized" },
    { key: "summary", kind: "localized" },
    { key: "consultation", kind: "text" },
    { key: "ministry", kind: "text" },
    { key: "deadline", kind: "date" },
    { key: "date", kind: "date" },
    { key: "audience", kind: "text" },
    { key: "links", kind: "links" },
    { key: "outcome", kind: "localized" },
  ],
  ask: [
    { key: "programmeYear", kind: "text" },
    { key: "priorityId", kind: "priority" },
    { key: "wording", kind: "localized" },
    { key: "justification", kind: "localized" },
    { key: "target", kind: "localized" },
    { key: "outcome", kind: "outcome" },
    { key: "evidence", kind: "localized" },
    { key: "evidenceRef", kind: "text" },
  ],
};

function titleOf(kind: AdvocacyKind, row: Row, names: Map<string, LocalizedText>): LocalizedText {
  if (kind === "activity") return (row as AdvocacyActivity).title;
  if (kind === "ask") return (row as GovernmentAsk).wording;
  return names.get(row.priorityId) ?? { fi: "" };
}

async function rowsFor(kind: AdvocacyKind, published: Record<string, unknown> | null, draft: Record<string, unknown> | null, locale: Locale, names: Map<string, LocalizedText>) {
  const t = await getTranslations({ locale, namespace: "advocacyFields" });
  const tType = await getTranslations({ locale, namespace: "advocacyTypes" });
  const tOutcome = await getTranslations({ locale, namespace: "askOutcomes" });
  const fmt = (kind: FieldKind, v: unknown): string | null => {
    if (v === null || v === undefined || v === "") return null;
    if (kind === "date") return formatFlexibleDate(String(v), "day", locale);
    if (kind === "type") return tType(String(v));
    if (kind === "outcome") return tOutcome(String(v));
    if (kind === "priority") return pick(names.get(String(v)), locale) || String(v);
    if (kind === "links") {
      const list = v as { label: string; url: string }[];
      return list.length ? list.map((l) => `${l.label}: ${l.url}`).join("\n") : null;
    }
    return String(v);
  };
  const rows: ComparisonRow[] = [];
  for (const f of fields[kind]) {
    if (f.kind === "localized") {
      rows.push(...localizedRows(f.key, t(f.key), published?.[f.key] as LocalizedText | null | undefined, draft?.[f.key] as LocalizedText | null | undefined));
    } else {
      rows.push({ key: f.key, label: t(f.key), published: fmt(f.kind, published?.[f.key]), draft: fmt(f.kind, draft?.[f.key]) });
    }
  }
  return rows;
}

function sourceFor(kind: AdvocacyKind): ReviewSource {
  return {
    type: entityType[kind],
    area: "advocacy",
    queue: (db) => queueItems(db, entityType[kind]),
    async detail(db, id, locale) {
      const row = await reviewRow<Row & { reviewComment: string | null; archivedAt: Date | null }>(db, kindTable[kind], id);
      if (!row || row.archivedAt) return null;
      const draft = snapshotFor(kind, row as never);
      const published = (row.published as Record<string, unknown> | null) ?? null;
      const names = await priorityTitles(db, [row.priorityId, ...(typeof published?.priorityId === "string" ? [published.priorityId] : [])]);
      const t = await getTranslations({ locale, namespace: "advocacyFields" });
      const tTypes = await getTranslations({ locale, namespace: "reviewTypes" });
      const { texts, required } = publishTexts(kind, row as never);
      const missingTranslations = draft
        ? required.map((key) => ({ label: t(key), languages: missingRequiredTranslations(texts[key]) })).filter((m) => m.languages.length)
        : [];
      const by = await userNames(db, [row.updatedBy]);
      return {
        type: entityType[kind],
        id,
        area: "advocacy",
        title: pick(titleOf(kind, row, names), locale),
        typeLabel: tTypes(entityType[kind]),
        version: row.version,
        state: row.reviewState,
        comment: row.reviewComment,
        by: row.updatedBy ? (by.get(row.updatedBy) ?? null) : null,
        at: row.updatedAt,
        editHref: itemPath(kind, row.id, row.priorityId),
        publicHref: "/advocacy",
        firstPublication: published === null,
        internalOnly: draft === null,
        rows: await rowsFor(kind, published, draft, locale, names),
        missingTranslations,
      };
    },
    lock: async (tx, id) => {
      const row = await loadForUpdate<ReviewRow & { archivedAt: Date | null }>(tx, kindTable[kind], id);
      return row && !row.archivedAt ? row : null;
    },
    async publish(ctx, row, version) {
      await publishItem({ ...ctx, kind, row: row as never, expectedVersion: version });
    },
    async returnToEditor(ctx, row, version, comment) {
      await returnRow({ ...ctx, table: kindTable[kind], entityType: entityType[kind], row, expectedVersion: version, comment });
    },
  };
}

/** The advocacy area's entries in the review queue. */
export const advocacyReviewSources: ReviewSource[] = (["activity", "ask", "plan"] as const).map(sourceFor);
