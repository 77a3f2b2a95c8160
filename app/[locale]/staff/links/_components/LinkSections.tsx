import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { linksOfMeasure, linksOfPriority, measuresLinkedTo } from "@/db/queries/links/staff";
import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { measureLinkKinds, staffHref, type MeasureLinkKind } from "@/lib/links/kinds";
import { AddLinkForms, AddMeasureLinkForm, LinkTable, type LinkRow } from "./LinkForms";

/** A linked item's name for a list: a long ask wording is cut. */
const label = (title: LocalizedText | null, locale: Locale) => {
  const text = pick(title, locale) || "?";
  return text.length > 140 ? `${text.slice(0, 137)}…` : text;
};

/** A measure's staff page: what carries it out, and (for its editors) forms to link more. */
export async function MeasureLinksSection({ measureId, version, canEdit, locale }: { measureId: string; version: number; canEdit: boolean; locale: Locale }) {
  const db = await getDb();
  const t = await getTranslations("links");
  const { items, total } = await linksOfMeasure(db, measureId);
  const rows: LinkRow[] = items.map((i) => ({
    kind: i.kind,
    measureId,
    targetId: i.targetId,
    label: label(i.title, locale),
    href: staffHref(i.kind, i.targetId),
    note: i.kind !== "evaluationRound" && !i.published ? t("notPublished") : null,
  }));
  return (
    <section aria-labelledby="links-heading" className="mb-10">
      <h2 id="links-heading" className="mb-3 text-heading-m font-bold">{t("title")}</h2>
      <LinkTable rows={rows} total={total} firstColumn={t("item")} showKind from="measure" version={version} canEdit={canEdit} />
      {canEdit ? (
        <>
          <h3 className="mb-2 text-heading-s font-bold">{t("addItem")}</h3>
          <p className="mb-3 text-body-s">{t("reviewNote")}</p>
          <AddLinkForms measureId={measureId} version={version} kinds={[...measureLinkKinds]} />
        </>
      ) : null}
    </section>
  );
}

/** An item's staff page (EU project, network, advocacy action or ask, evaluation round): the measures it carries out. */
export async function LinkedMeasuresSection({ kind, targetId, version, canEdit, locale }: { kind: MeasureLinkKind; targetId: string; version: number; canEdit: boolean; locale: Locale }) {
  const db = await getDb();
  const t = await getTranslations("links");
  const { items, total } = await measuresLinkedTo(db, kind, targetId);
  const rows: LinkRow[] = items.map((m) => ({
    kind,
    measureId: m.measureId,
    targetId,
    label: label(m.title, locale),
    href: `/staff/strategy/measures/${m.measureId}`,
    note: m.published ? null : t("notPublished"),
  }));
  return (
    <section aria-labelledby="linked-measures-heading" className="mb-10">
      <h2 id="linked-measures-heading" className="mb-3 text-heading-m font-bold">{t("measuresTitle")}</h2>
      <LinkTable rows={rows} total={total} firstColumn={t("measure")} showKind={false} from="target" version={version} canEdit={canEdit} />
      {canEdit ? (
        <>
          <p className="mb-3 text-body-s">{t("reviewNote")}</p>
          <AddMeasureLinkForm kind={kind} targetId={targetId} version={version} />
        </>
      ) : null}
    </section>
  );
}

/** A priority's staff page: what carries out its measures, each with the measure it serves (read only; links are kept on the measures). */
export async function PriorityLinksSection({ priorityId, locale }: { priorityId: string; locale: Locale }) {
  const db = await getDb();
  const t = await getTranslations("links");
  const { items, total } = await linksOfPriority(db, priorityId);
  const rows: LinkRow[] = items.map((i) => ({
    kind: i.kind,
    measureId: i.measureId,
    targetId: i.targetId,
    label: label(i.title, locale),
    href: staffHref(i.kind, i.targetId),
    note: i.kind !== "evaluationRound" && !i.published ? t("notPublished") : null,
    via: { label: label(i.measureTitle, locale), href: `/staff/strategy/measures/${i.measureId}` },
  }));
  return (
    <section aria-labelledby="priority-links-heading" className="mb-10">
      <h2 id="priority-links-heading" className="mb-3 text-heading-m font-bold">{t("priorityTitle")}</h2>
      <LinkTable rows={rows} total={total} firstColumn={t("item")} showKind from="target" version={1} canEdit={false} />
    </section>
  );
}
