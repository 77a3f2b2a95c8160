import "server-only";
import { queueItems } from "@/db/queries/review/queue";
import { eq, inArray } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { units, users } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import { getTranslations } from "next-intl/server";
import { missingRequiredTranslations, pick } from "@/lib/i18n/localized";
import { loadForUpdate, publishRow, returnRow } from "@/lib/publishing";
import type { ReviewRow, ReviewSource } from "@/lib/review/types";
import { comparisonRows } from "./format";
import { linkTitles } from "@/db/queries/links/staff";
import { strategyNames, strategySpecs, type EntitySpec } from "./specs";

type Cols = { id: PgColumn; reviewState: PgColumn; archivedAt: PgColumn; updatedAt: PgColumn; updatedBy: PgColumn; published: PgColumn };

function sourceFor(spec: EntitySpec<{ id: string }>): ReviewSource {
  const table = spec.table as unknown as Cols;
  return {
    type: spec.type,
    area: "strategy",
    queue: (db) => queueItems(db, spec.type),
    async detail(db, id, locale) {
      const [row] = (await db.select().from(spec.table).where(eq(table.id, id))) as (ReviewRow & { published: Record<string, unknown> | null; reviewComment: string | null; archivedAt: Date | null })[];
      if (!row || row.archivedAt) return null;
      const draft = await spec.snapshot(db, row as never);
      const published = row.published;
      const ids = (key: string) => [draft, published].flatMap((s) => (Array.isArray(s?.[key]) ? (s[key] as string[]) : []));
      const nameRows = [...(await strategyNames(db, { priorityIds: ids("priorityIds"), measureIds: ids("measureIds") })), ...(await linkTitles(db, ids("links")))];
      const unitRows = await db.select({ id: units.id, title: units.name }).from(units);
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

async function userNames(db: Db, ids: (string | null)[]) {
  const wanted = [...new Set(ids.filter((x): x is string => Boolean(x)))];
  if (!wanted.length) return new Map<string, string>();
  const rows = await db.select({ id: users.id, name: users.name }).from(users).where(inArray(users.id, wanted));
  return new Map(rows.map((r) => [r.id, r.name]));
}

/** The strategy area's entries in the cross-area review queue. */
export const strategyReviewSources: ReviewSource[] = strategySpecs.map(sourceFor);
