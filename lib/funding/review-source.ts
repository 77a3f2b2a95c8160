import "server-only";
import { getTranslations } from "next-intl/server";
import { listProgrammes } from "@/db/queries/funding/programmes";
import { priorityTitles } from "@/db/queries/review/detail";
import type { EuProject } from "@/db/schema";
import type { ProjectSnapshot } from "@/db/queries/funding/snapshots";
import { missingRequiredTranslations, pick } from "@/lib/i18n/localized";
import { formatMoney } from "@/lib/money";
import { publishRow } from "@/lib/publishing";
import { fieldRows, type ComparedField } from "@/lib/review/compare";
import { tableReviewSource } from "@/lib/review/table-source";
import type { ReviewRow, ReviewSource } from "@/lib/review/types";
import { projectSnapshotOf, projectsTable } from "@/db/queries/funding/write";
import { ENTITY } from "./project-write";
import { formatFlexibleDate } from "@/lib/strategy/dates";

/**
 * EU projects in the cross-area review queue (lib/review/sources.ts): the
 * public snapshot of the working copy beside the published one, field by
 * field; publish and return use the shared workflow.
 */
export const fundingReviewSource: ReviewSource = tableReviewSource<EuProject & ReviewRow>({
  type: ENTITY,
  area: "funding",
  table: projectsTable,
  async detail(db, row, locale) {
    const t = await getTranslations({ locale, namespace: "funding" });
    const draft: ProjectSnapshot = await projectSnapshotOf(db, row);
    const published = (row.published as ProjectSnapshot | null) ?? null;
    const programmeRows = await listProgrammes(db);
    const programmeName = new Map(programmeRows.map((p) => [p.id, pick(p.name, locale)]));
    const priorityIds = [...new Set([...draft.alignments, ...(published?.alignments ?? [])].map((a) => a.priorityId))];
    const priorityName = new Map([...(await priorityTitles(db, priorityIds))].map(([pid, title]) => [pid, pick(title, locale)]));
    const fields: ComparedField<ProjectSnapshot>[] = [
      ["nameFi", t("form.nameFi"), (s) => s.name.fi],
      ["nameSv", t("form.nameSv"), (s) => s.name.sv ?? null],
      ["nameEn", t("form.nameEn"), (s) => s.name.en ?? null],
      ["acronym", t("fields.acronym"), (s) => s.acronym],
      ["summary", t("fields.summary"), (s) => (s.summary ? pick(s.summary, locale) : null)],
      ["programme", t("fields.programme"), (s) => programmeName.get(s.programmeId) ?? null],
      ["status", t("fields.status"), (s) => t(`status.${s.status}`)],
      ["role", t("fields.role"), (s) => t(`role.${s.role}`)],
      ["euContribution", t("fields.euContribution"), (s) => (formatMoney(s.euContributionCents, locale, { unknown: t("detail.notKnown") }))],
      ["startDate", t("fields.startDate"), (s) => formatFlexibleDate(s.startDate, s.startPrecision ?? "day", locale) || null],
      ["endDate", t("fields.endDate"), (s) => formatFlexibleDate(s.endDate, s.endPrecision ?? "day", locale) || null],
      ["alignments", t("detail.alignment"), (s) => s.alignments.map((a) => `${priorityName.get(a.priorityId) ?? "?"} (${a.strength} – ${t(`strength.${a.strength}`)})`).join("\n") || null],
    ];
    const rows = fieldRows(published, draft, fields);
    const missing = missingRequiredTranslations(row.name);
    return {
      title: pick(row.name, locale),
      typeLabel: t("review.typeLabel"),
      editHref: `/staff/funding/projects/${row.id}`,
      publicHref: published ? `/eu-projects/${row.id}` : undefined,
      internalOnly: false,
      rows,
      missingTranslations: missing.length ? [{ label: t("fields.name"), languages: missing }] : [],
    };
  },
  async publish(ctx, row, version) {
    const project = row as unknown as EuProject;
    const snapshot = await projectSnapshotOf(ctx.tx, project);
    await publishRow({ ...ctx, table: projectsTable, entityType: ENTITY, row, expectedVersion: version, snapshot, texts: { name: project.name }, requiredTexts: ["name"] });
  },
});
