import { Section } from "@/components/ui/Section";
import { PublicDocuments } from "@/components/documents/PublicDocuments";
import { publicDocuments } from "@/db/queries/documents/documents";
import { publicDetail, type IdParams } from "@/lib/public/detail-page";
import { PublicLinkedItems } from "@/components/links/PublicLinks";
import { publicLinkedItems } from "@/db/queries/links/public";
import { getTranslations } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { LastUpdated } from "@/app/[locale]/_components/LastUpdated";
import { PublicContacts } from "@/app/[locale]/_components/PublicContacts";
import { IndicatorChart } from "@/components/strategy/public/IndicatorChart";
import { PublishedHistory } from "@/components/strategy/public/PublishedHistory";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { CheckedStatus } from "@/components/strategy/public/CheckedStatus";
import { MeasureFlags } from "@/components/strategy/MeasureFlags";
import { publishedHistory } from "@/db/queries/audit";
import { getPublicMeasure } from "@/db/queries/strategy/public-detail";
import type { LocalizedText as Text } from "@/db/schema/common";
import { LocalizedText } from "@/components/public/LocalizedText";
import { isFallback, langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import { env } from "@/lib/env";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { isStale } from "@/lib/strategy/flags";
import { publicHistoryFormat } from "@/lib/strategy/public-format";
import { DemoNotice } from "@/components/public/DemoNotice";
import { todayInHelsinki } from "@/lib/dates";
import { Table } from "@/components/ui/Table";

const detail = publicDetail(getPublicMeasure, (d) => d.measure.title);
export const generateMetadata = detail.generateMetadata;

/** A published measure for the public: snapshot only, with milestones, published updates, indicators and history. */
export default async function PublicMeasurePage(props: IdParams) {
  const { locale, data, db } = await detail.open(props);
  const { measure: m, goal } = data;
  const t = await getTranslations("publicStrategy");
  const tFlags = await getTranslations("strategyFlags");
  const today = todayInHelsinki();
  const stale = isStale({ status: m.status, lastUpdate: data.lastUpdate, createdAt: data.publishedAt ?? new Date() }, today, env().STALE_AFTER_DAYS);
  const tCommon = await getTranslations("common");
  const tMs = await getTranslations("milestoneState");
  const [history, carriedBy] = await Promise.all([publishedHistory(db, "measure", m.id), publicLinkedItems(db, (m as { links?: string[] }).links ?? [])]);
  const names = new Map<string, Text>(data.priorities.map((p) => [p.id, p.title]));
  if (m.responsibleUnitId && data.unitName) names.set(m.responsibleUnitId, data.unitName);
  const { fieldLabels, format } = await publicHistoryFormat(locale, names);
  const text = (v: Text | null | undefined) => (
    <>
      <LocalizedText as="span" text={v} locale={locale} />
      {isFallback(v, locale) ? <span className="sr-only"> ({tCommon("inFinnish")})</span> : null}
    </>
  );
  return (
    <>
      <Breadcrumbs items={[{ href: `/goals/${goal.id}`, label: pick(goal.title, locale), lang: langOf(goal.title, locale) }, { label: pick(m.title, locale), lang: langOf(m.title, locale) }]} />
      <p className="text-body-s text-muted">{t("measure")}</p>
      <h1 className="mb-4 text-heading-l font-bold">{text(m.title)}</h1>
      <DemoNotice show={m.isDemo || carriedBy.some((i) => i.isDemo)} />
      <LastUpdated type="measure" id={m.id} locale={locale} />
      <dl className="mb-6 grid gap-x-6 gap-y-2 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{tCommon("status")}</dt>
        <dd><CheckedStatus measure={m} today={today} locale={locale} /></dd>
        <dt className="font-semibold">{tFlags("lastUpdatedLabel")}</dt>
        <dd className="flex flex-wrap items-center gap-2">
          {data.lastUpdate ? <time dateTime={data.lastUpdate}>{formatFlexibleDate(data.lastUpdate, "day", locale)}</time> : tFlags("neverUpdated")}
          <MeasureFlags late={false} stale={stale} labels={{ late: tFlags("late"), stale: tFlags("stale") }} />
        </dd>
        <dt className="font-semibold">{tCommon("progress")}</dt>
        <dd><ProgressBar value={m.progress} label={`${tCommon("progress")}: ${pick(m.title, locale)}`} /></dd>
        <dt className="font-semibold">{tCommon("start")}</dt>
        <dd>{m.startDate ? formatFlexibleDate(m.startDate, m.startPrecision, locale) : tCommon("noDate")}</dd>
        <dt className="font-semibold">{tCommon("due")}</dt>
        <dd>{m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : tCommon("noDate")}</dd>
        {data.unitName ? (
          <>
            <dt className="font-semibold">{tCommon("unit")}</dt>
            <dd><LocalizedText text={data.unitName} locale={locale} /></dd>
          </>
        ) : null}
        {data.priorities.length ? (
          <>
            <dt className="font-semibold">{t("priorities")}</dt>
            <dd>
              <ul>
                {data.priorities.map((p) => (
                  <li key={p.id}>
                    <Link href={`/goals/${p.goalId}/priorities/${p.id}`}><LocalizedText text={p.title} locale={locale} /></Link>
                  </li>
                ))}
              </ul>
            </dd>
          </>
        ) : null}
      </dl>
      {m.description ? <p className="mb-8 max-w-3xl whitespace-pre-line">{text(m.description)}</p> : null}

      <Section id="milestones" title={t("milestones")}>
        {m.milestones.length === 0 ? (
          <p>{t("noMilestones")}</p>
        ) : (
          <Table caption={t("milestones")} className="w-full max-w-3xl border-collapse text-left" head={[t("milestone"), tCommon("due"), tCommon("status")]}>
            {m.milestones.map((ms) => (
              <tr key={ms.id} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">{text(ms.title)}</th>
                <td className="p-2">{ms.dueDate ? formatFlexibleDate(ms.dueDate, ms.duePrecision, locale) : "–"}</td>
                <td className="p-2">{tMs(ms.state)}</td>
              </tr>
            ))}
          </Table>
        )}
      </Section>

      <PublicDocuments documents={await publicDocuments(db, "measure", m.id)} locale={locale} />

      <Section id="updates" title={t("updates")}>
        {data.updates.length === 0 ? <p>{t("noUpdates")}</p> : null}
        <ol className="flex flex-col gap-4">
          {data.updates.map((u) => (
            <li key={u.id} className="border-l-4 border-bus pl-3">
              <p className="font-semibold">
                <time dateTime={u.date}>{formatFlexibleDate(u.date, "day", locale)}</time>
              </p>
              <p className="max-w-3xl whitespace-pre-line">{text(u.body)}</p>
            </li>
          ))}
        </ol>
      </Section>

      {data.indicators.length ? (
        <Section id="indicators" title={t("indicators")}>
          {data.indicators.map((i) => (
            <div key={i.id}>
              <IndicatorChart id={i.id} title={i.title} unit={i.unit} decimals={i.decimals} values={i.values} targets={i.targets} meta={i} locale={locale} />
              <p className="-mt-6 mb-8 text-body-s">
                <Link href={`/indicators/${i.id}`}>{t("indicatorPage", { name: pick(i.title, locale) })}</Link>
              </p>
            </div>
          ))}
        </Section>
      ) : null}

      <PublicLinkedItems items={carriedBy} heading="publicTitle" locale={locale} />
      <PublishedHistory entries={history} fieldLabels={fieldLabels} format={format} ignore={["sortOrder", "startPrecision", "duePrecision", "goalId", "links"]} />
      <PublicContacts entityType="measure" id={m.id} locale={locale} />
    </>
  );
}
