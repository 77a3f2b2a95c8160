import "server-only";
import { queueItems } from "@/db/queries/review/queue";
import { reviewRow, unitNames, userNames } from "@/db/queries/review/detail";
import { strategyNames } from "@/db/queries/strategy/review";
import type { LocalizedText } from "@/db/schema/common";
import { getTranslations } from "next-intl/server";
import { missingRequiredTranslations, pick } from "@/lib/i18n/localized";
import { loadForUpdate, publishRow, returnRow } from "@/lib/publishing";
import type { ReviewRow, ReviewSource } from "@/lib/review/types";
import { comparisonRows } from "./format";
import { linkTitles } from "@/db/queries/links/staff";
import { strategySpecs, type EntitySpec } from "./specs";

function sourceFor(spec: EntitySpec<{ id: string }>): ReviewSource {
  return {
    type: spec.type,
    area: "strategy",
    queue: (db) => queueItems(db, spec.type),
    async detail(db, id, locale) {
      const row = await reviewRow<ReviewRow & { published: Record<string, unknown> | null; reviewComment: string | null; archivedAt: Date | null }>(db, spec.table, id);
      if (!row || row.archivedAt) return null;
      const draft = await spec.snapshot(db, row as never);
      const published = row.published;
      const ids = (key: string) => [draft, published].flatMap((s) => (Array.isArray(s?.[key]) ? (s[key] as string[]) : []));
      const nameRows = [...(await strategyNames(db, { priorityIds: ids("priorityIds"), measureIds: ids("measureIds") })), ...(await linkTitles(db, ids("links")))];
      const unitRows = await unitNames(db);
      const names = new Map<string, LocalizedText>([...nameRows, ...unitRows].map((n) => [n.id, n.title]));
      const t = await getTranslations({ locale, namespace: "strategyFields" });
      const tTypes = await getTranslations({ locale, namespace: "reviewTypes" });
      const texts = draft ? spec.texts(draft) : {};
      const missingTranslations = Object.entries(texts)
        .map(([key, text]) => ({ label: /^milestone\d+$/.test(key) ? `${t("milestones")} ${key.slice(9)}` : t(key), languages: missingRequiredTranslations(text) }))
        .filter((m) => m.languages.length);
      const by = await userNames(db, [row.updatedBy]);
      return {
        type: spec.type,
        id,
        area: "strategy",
        title: pick(spec.title(row as never), locale),
        typeLabel: tTypes(spec.type),
        version: row.version,
        state: row.reviewState,
        comment: row.reviewComment,
        by: row.updatedBy ? (by.get(row.updatedBy) ?? null) : null,
        at: row.updatedAt,
        editHref: spec.editHref(row as never),
        publicHref: spec.publicHref?.(row as never),
        firstPublication: published === null,
        internalOnly: draft === null,
        rows: await comparisonRows(spec.fields, published, draft, locale, names),
        missingTranslations,
      };
    },
    lock: (tx, id) => loadForUpdate<ReviewRow>(tx, spec.table, id).then((r) => (r && !(r as { archivedAt?: Date | null }).archivedAt ? r : null)),
    async publish(ctx, row, version) {
      const snapshot = await spec.snapshot(ctx.tx, row as never);
      const texts = snapshot ? spec.texts(snapshot) : {};
      await publishRow({ ...ctx, table: spec.table, entityType: spec.type, row, expectedVersion: version, snapshot, texts, requiredTexts: Object.keys(texts) });
    },
    async returnToEditor(ctx, row, version, comment) {
      await returnRow({ ...ctx, table: spec.table, entityType: spec.type, row, expectedVersion: version, comment });
    },
  };
}

/** The strategy area's entries in the cross-area review queue. */
export const strategyReviewSources: ReviewSource[] = strategySpecs.map(sourceFor);
