import { StaffDocuments } from "@/app/[locale]/staff/documents/_components/StaffDocuments";
import { notFound } from "next/navigation";
import { MeasureLinksSection } from "@/app/[locale]/staff/links/_components/LinkSections";
import { getFormatter, getTranslations } from "next-intl/server";
import { HistoryList, historyPaging } from "@/components/history/HistoryList";
import { pageHistory } from "@/db/queries/audit";
import { requestedPage } from "@/lib/paging";
import { nameLinkEntries } from "@/lib/links/history";
import { ArchiveSection } from "@/components/strategy/ArchiveSection";
import { MilestoneSection, ProgressUpdateSection } from "@/app/[locale]/staff/strategy/_components/MeasureChildren";
import { MeasureFlags, measureFlagLabels } from "@/components/strategy/MeasureFlags";
import { MeasureForm } from "@/app/[locale]/staff/strategy/_components/MeasureForm";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { getMeasureForStaff, getMeasureFormOptions } from "@/db/queries/strategy/staff-measure";
import { env } from "@/lib/env";
import { lowerCaseIn, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can, canEditOwned } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { isLate, isStale } from "@/lib/strategy/flags";
import { strategyHistoryFormat } from "@/lib/strategy/history-format";
import { archiveMeasure } from "../actions";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { DetailPage } from "@/components/ui/DetailPage";
import { Section } from "@/components/ui/Section";

export default async function StaffMeasurePage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const m = await getMeasureForStaff(db, id);
  if (!m || !m.goal) notFound();
  const [options, history] = await Promise.all([getMeasureFormOptions(db, m.goal.periodId), pageHistory(db, [{ entityType: "measure", entityIds: [id] }, { entityType: "progress_update", entityIds: m.updates.map((u) => u.id), actionPrefix: "progress_update" }], { page: requestedPage((await searchParams).historyPage) })]);
  const t = await getTranslations("measurePage");
  const tStatus = await getTranslations("status");
  const tCommon = await getTranslations("common");
  const tStaff = await getTranslations("staff");
  const flagLabels = await measureFlagLabels();
  const f = await getFormatter();
  const canEdit = !m.archivedAt && canEditOwned(user, { unitId: m.responsibleUnitId, contactIds: m.contacts.map((c) => c.id) }, "strategy.manage", "strategy.editOwn");
  const canManage = can(user.role, "strategy.manage");
  const canPublish = can(user.role, "content.publish");
  const today = todayInHelsinki();
  const flagInput = { ...m, lastUpdate: m.updates[0]?.date ?? null };
  const late = isLate(flagInput, today);
  const stale = isStale(flagInput, today, env().STALE_AFTER_DAYS);
  const unitName = options.units.find((u) => u.id === m.responsibleUnitId);
  const { fieldLabels, format, prepare } = await strategyHistoryFormat(locale);
  const tHistory = await getTranslations("history");
  const tTypes = await getTranslations("reviewTypes");
  // The progress updates' entries are named as such: "Progress update: published".
  const updateActions = Object.fromEntries(
    ["create", "update", "publish", "return", "archive"].map((a) => [`progress_update.${a}`, `${tTypes("progress_update")}: ${lowerCaseIn(tHistory(`actions.${a}`), locale)}`]),
  );
  const names: Record<string, string> = Object.fromEntries([
    ...options.units.map((u) => [u.id, pick(u.name, locale)]),
    ...options.priorities.map((p) => [p.id, pick(p.title, locale)]),
    ...options.goals.map((g) => [g.id, pick(g.title, locale)]),
    ...options.staff.map((s) => [s.id, s.name]),
  ]);
  const formOptions = {
    goals: options.goals.map((g) => ({ value: g.id, label: pick(g.title, locale) })),
    priorities: options.priorities.map((p) => ({ value: p.id, label: `${pick(p.title, locale)} (${pick(options.goals.find((g) => g.id === p.goalId)?.title, locale)})` })),
    units: options.units.map((u) => ({ value: u.id, label: pick(u.name, locale) })),
    staff: options.staff.map((s) => ({ value: s.id, label: s.name })),
  };
  return (
    <DetailPage
      crumbs={[{ label: t("strategy"), href: "/staff/strategy" }, { label: pick(m.goal.title, locale), href: `/staff/strategy/tree#goal-${m.goal.id}` }, { label: t("measure") }]}
      title={pick(m.title, locale)}
      archived={m.archivedAt ? t("archived") : null}
    >
      <div className="mb-4 flex flex-wrap items-center gap-4">
        <StatusBadge status={m.status} label={tStatus(m.status)} />
        <ProgressBar value={m.progress} label={`${tCommon("progress")}: ${pick(m.title, locale)}`} />
        <span>
          {tCommon("due")}: {m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : tCommon("noDate")}
        </span>
        <MeasureFlags late={late} stale={stale} labels={flagLabels} />
      </div>
      <dl className="mb-6 grid gap-x-6 gap-y-1 text-body-s sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{tCommon("unit")}</dt>
        <dd>{unitName ? pick(unitName.name, locale) : "–"}</dd>
        <dt className="font-semibold">{tStaff("contacts")}</dt>
        <dd>{m.contacts.map((c) => c.name).join(", ") || "–"}</dd>
        <dt className="font-semibold">{t("priorities")}</dt>
        <dd>{m.priorities.map((p) => pick(p.title, locale)).join("; ") || "–"}</dd>
        <dt className="font-semibold">{tStaff("visibility")}</dt>
        <dd>{tStaff(m.visibility)}</dd>
        <dt className="font-semibold">{tStaff("reviewState")}</dt>
        <dd>
          {tStaff(m.reviewState)}
          {m.publishedAt ? ` · ${t("lastPublished", { at: m.publishedAt })}` : ""}
        </dd>
      </dl>
      {m.reviewState === "returned" && m.reviewComment ? (
        <div role="note" className="mb-6 border-l-4 border-alert-dark bg-alert-light p-3">
          <p className="font-semibold">{t("returnedBy", { name: m.updatedByName ?? "?", at: m.updatedAt })}</p>
          <p className="whitespace-pre-line">{m.reviewComment}</p>
        </div>
      ) : null}
      {m.reviewState === "pending" ? <p className="mb-6 border-l-4 border-bus bg-bus-light p-3">{t("pendingNote")}</p> : null}
      <p className="mb-8 flex flex-wrap gap-4">
        {canPublish && m.reviewState !== "published" ? <Link href={`/staff/review/measure/${m.id}`}>{t("toReview")}</Link> : null}
        {m.published ? <Link href={`/measures/${m.id}`}>{t("publicPage")}</Link> : null}
      </p>

      <Section id="edit-heading" title={canEdit ? t("editTitle") : t("detailsTitle")}>
        {canEdit ? (
          <MeasureForm
            measure={{ ...m, contactIds: m.contacts.map((c) => c.id), priorityIds: m.priorities.map((p) => p.id) }}
            options={formOptions}
            canManage={canManage}
            canPublish={canPublish}
          />
        ) : (
          <>
            <p className="mb-3">{t("readOnly")}</p>
            {m.description ? <p className="mb-3 max-w-3xl whitespace-pre-line">{pick(m.description, locale)}</p> : null}
            {m.internalNotes ? (
              <div className="max-w-3xl border-l-4 border-silver p-3">
                <p className="font-semibold">{tStaff("internalNotes")}</p>
                <p className="whitespace-pre-line">{m.internalNotes}</p>
              </div>
            ) : null}
          </>
        )}
      </Section>

      <MilestoneSection measure={m} locale={locale} canEdit={canEdit} today={today} />
      <ProgressUpdateSection measure={m} locale={locale} canEdit={canEdit} canPublish={canPublish} today={today} />
      <MeasureLinksSection measureId={m.id} version={m.version} canEdit={canEdit} locale={locale} />
      {m.indicators.length ? (
        <Section id="indicators-heading" title={t("indicators")}>
          <ul className="list-disc pl-6">
            {m.indicators.map((i) => (
              <li key={i.id}>
                <Link href={`/staff/strategy/indicators/${i.id}`}>{pick(i.title, locale)}</Link>
              </li>
            ))}
          </ul>
        </Section>
      ) : null}

      {canManage && !m.archivedAt ? <ArchiveSection action={archiveMeasure} item={m} messages="measurePage" /> : null}

      <StaffDocuments parentKind="measure" parentId={m.id} actor={user} locale={locale} />

      <HistoryList entries={prepare(await nameLinkEntries(db, history.rows, locale))} paging={historyPaging(history, `/staff/strategy/measures/${id}`, await searchParams)} fieldLabels={fieldLabels} names={names} format={format} actionLabels={updateActions} ignore={["measureId"]} />
      <p className="mt-2 text-body-s text-muted">{t("historyNote", { count: history.total, at: f.dateTime(m.createdAt, { dateStyle: "short" }) })}</p>
    </DetailPage>
  );
}
