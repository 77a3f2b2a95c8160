import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { DeletePointButton, IndicatorForm, PointForm } from "@/app/[locale]/staff/strategy/_components/IndicatorForm";
import { IndicatorChart } from "@/components/strategy/public/IndicatorChart";
import { StructureItemPage } from "@/components/strategy/StructureItemPage";
import { pageHistory } from "@/db/queries/audit";
import { historyPaging } from "@/components/history/HistoryList";
import { requestedPage } from "@/lib/paging";
import { getUnitNames } from "@/db/queries/strategy/public";
import { getIndicatorForStaff, indicatorLinkOptions } from "@/db/queries/strategy/staff-indicators";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can, canEditOwned } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { formatDecimal } from "@/lib/strategy/numbers";
import { archiveIndicator } from "../actions";
import { staffPage } from "@/lib/auth/staff-page";
import { computationKeys } from "@/lib/strategy/computed";
import { nextValueDue } from "@/lib/strategy/indicator-due";
import { formatDay, todayInHelsinki } from "@/lib/dates";

export default async function StaffIndicatorPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const ind = await getIndicatorForStaff(db, id);
  if (!ind || ind.archivedAt) notFound();
  const [links, unitRows, history] = await Promise.all([indicatorLinkOptions(db, ind.periodId), getUnitNames(db), pageHistory(db, [{ entityType: "indicator", entityIds: [id] }], { page: requestedPage((await searchParams).historyPage) })]);
  const t = await getTranslations("indicatorForm");
  const manage = can(user.role, "strategy.manage");
  const canEdit = canEditOwned(user, { unitId: ind.responsibleUnitId }, "strategy.manage", "strategy.editOwn");
  const canPublish = can(user.role, "content.publish");
  const options = {
    units: unitRows.map((u) => ({ value: u.id, label: pick(u.name, locale) })),
    measures: links.measures.map((m) => ({ value: m.id, label: pick(m.title, locale) })),
    priorities: links.priorities.map((p) => ({ value: p.id, label: pick(p.title, locale) })),
    computations: [...computationKeys],
  };
  const names = Object.fromEntries([...options.units, ...options.measures, ...options.priorities].map((o) => [o.value, o.label]));
  const pts = (kind: "actual" | "target") => ind.points.filter((p) => p.kind === kind).map((p) => ({ date: p.date, value: p.value }));
  const unit = pick(ind.unit, locale);
  const actuals = pts("actual");
  const due = nextValueDue(ind, { latestValue: actuals.at(-1)?.date ?? null, baselineDate: ind.baselineDate, createdDay: todayInHelsinki(ind.createdAt) });
  const today = todayInHelsinki();
  return (
    <StructureItemPage locale={locale} kind="indicator" item={ind} user={user} title={pick(ind.title, locale)} publicHref={ind.published ? `/indicators/${ind.id}` : undefined} archive={archiveIndicator} history={history.rows} historyPaging={historyPaging(history, `/staff/strategy/indicators/${id}`, await searchParams)} names={names}>
      <IndicatorChart id={ind.id} title={ind.title} unit={ind.unit} decimals={ind.decimals} values={ind.computedValues ?? actuals} targets={pts("target")} locale={locale} headingLevel={3} meta={ind} />
      {ind.computedValues ? <p className="mb-4 max-w-3xl text-body-s">{t("computedNote")}</p> : null}
      {due ? (
        <p className="mb-4 font-semibold">
          {t("nextDue", { date: formatDay(due, locale) })}
          {due < today ? <span className="ml-2 text-error">({t("overdue")})</span> : null}
        </p>
      ) : null}
      {canEdit ? (
        <>
          <h3 className="mb-2 text-heading-s font-bold">{t("pointsTitle")}</h3>
          <ul className="mb-4 max-w-xl divide-y divide-line border-y border-line">
            {ind.points.map((p) => {
              const label = `${t(p.kind)} ${formatFlexibleDate(p.date, "day", locale)}: ${formatDecimal(p.value, locale)} ${unit}`;
              return (
                <li key={p.id} className="flex items-center justify-between gap-3 py-1">
                  <span>{label}</span>
                  <DeletePointButton id={p.id} label={`${t("removePoint")}: ${label}`} short={t("removePoint")} />
                </li>
              );
            })}
          </ul>
          <PointForm indicatorId={ind.id} />
          <h3 className="mt-8 mb-2 text-heading-s font-bold">{t("editTitle")}</h3>
          <IndicatorForm indicator={ind} options={options} canManage={manage} canPublish={canPublish} />
        </>
      ) : null}
    </StructureItemPage>
  );
}
