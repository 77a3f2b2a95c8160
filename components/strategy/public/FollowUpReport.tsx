import { getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { StatusBadge } from "@/components/ui/StatusBadge";
import type { LocalizedText } from "@/db/schema/common";
import { isFallback, lowerCaseIn, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicLinks } from "@/lib/public/links";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { changeKinds, reportSections, roundChanges, type ReportMeasure, type RoundReport } from "@/lib/strategy/rounds";

/** A text in the page's language, or Finnish marked as such. */
function Text({ text, locale, as: Tag = "span", className }: { text: LocalizedText | null | undefined; locale: Locale; as?: "span" | "p" | "h2" | "h3" | "h4"; className?: string }) {
  if (!text) return null;
  return (
    <Tag className={className} lang={isFallback(text, locale) ? "fi" : undefined}>
      {pick(text, locale)}
    </Tag>
  );
}

async function MeasureEntry({ m, report, locale, level }: { m: ReportMeasure; report: RoundReport; locale: Locale; level: "h3" | "h4" }) {
  const t = await getTranslations("publicReport");
  const tStatus = await getTranslations("status");
  const tFlags = await getTranslations("strategyFlags");
  const Heading = level;
  const shownStatus = m.checkedStatus;
  const note =
    m.late && m.late.kind !== "reported" && m.status !== "late"
      ? tFlags(m.late.kind === "due" ? "reportedDue" : "reportedMilestone", { status: lowerCaseIn(tStatus(m.status), locale), date: formatFlexibleDate(m.late.date, m.late.precision, locale) })
      : null;
  return (
    <li className="report-measure border-l-4 border-bus py-2 pl-3">
      <Heading className="font-bold">
        <Link href={publicLinks.measure(m.id)} lang={isFallback(m.title, locale) ? "fi" : undefined}>
          {pick(m.title, locale)}
        </Link>
      </Heading>
      <p className="mt-1 flex flex-wrap items-center gap-x-4 gap-y-1 text-body-s">
        <span className="inline-flex flex-wrap items-center gap-2">
          <StatusBadge status={shownStatus} label={tStatus(shownStatus)} />
          {note ? <span>({note})</span> : null}
        </span>
        {m.dueDate ? <span>{t("due", { date: formatFlexibleDate(m.dueDate, m.duePrecision, locale) })}</span> : null}
        <span className="min-w-40">
          <ProgressBar value={m.progress} label={`${t("progress")}: ${pick(m.title, locale)}`} />
        </span>
      </p>
      {m.narrative ? <Text as="p" text={m.narrative} locale={locale} className="mt-2 max-w-3xl whitespace-pre-line" /> : <p className="mt-2 text-muted">{t("noNarrative")}</p>}
      <p className="mt-1 text-body-s text-muted">{t("asOf", { date: formatFlexibleDate(report.cutOffDate, "day", locale) })}</p>
    </li>
  );
}

/** The follow-up report as the seed page reads: goals → priorities → measures, each with the round's text, status and progress. */
export async function FollowUpReport({ report, locale }: { report: RoundReport; locale: Locale }) {
  const t = await getTranslations("publicReport");
  return (
    <div className="flex flex-col gap-10">
      {report.goals.map((g) => {
        const sections = reportSections(report, g.id);
        if (!sections.priorities.some((p) => p.measures.length) && !sections.other.length) return null;
        return (
          <section key={g.id} aria-labelledby={`rg-${g.id}`} className="report-goal">
            <h2 id={`rg-${g.id}`} className="mb-2 text-heading-m font-bold" lang={isFallback(g.title, locale) ? "fi" : undefined}>
              {pick(g.title, locale)}
            </h2>
            <Text as="p" text={g.description} locale={locale} className="mb-4 max-w-3xl whitespace-pre-line" />
            {sections.priorities
              .filter((p) => p.measures.length)
              .map(({ priority, measures }) => (
                <section key={priority.id} aria-labelledby={`rp-${g.id}-${priority.id}`} className="mb-6">
                  <h3 id={`rp-${g.id}-${priority.id}`} className="mb-2 text-heading-s font-bold" lang={isFallback(priority.title, locale) ? "fi" : undefined}>
                    {pick(priority.title, locale)}
                  </h3>
                  <ul className="flex flex-col gap-3">
                    {measures.map((m) => (
                      <MeasureEntry key={m.id} m={m} report={report} locale={locale} level="h4" />
                    ))}
                  </ul>
                </section>
              ))}
            {sections.other.length ? (
              <section aria-labelledby={`ro-${g.id}`} className="mb-6">
                <h3 id={`ro-${g.id}`} className="mb-2 text-heading-s font-bold">{t("otherMeasures")}</h3>
                <ul className="flex flex-col gap-3">
                  {sections.other.map((m) => (
                    <MeasureEntry key={m.id} m={m} report={report} locale={locale} level="h4" />
                  ))}
                </ul>
              </section>
            ) : null}
          </section>
        );
      })}
    </div>
  );
}

/** What changed since the previous published round: new, progressed, newly late, completed. */
export async function ReportChanges({ report, previous, locale }: { report: RoundReport; previous: RoundReport | null; locale: Locale }) {
  const t = await getTranslations("publicReport");
  if (!previous) return <p>{t("noPrevious")}</p>;
  const changes = roundChanges(report, previous);
  return (
    <div className="flex flex-col gap-8">
      <p>{t("changesIntro", { previous: pick(previous.name, locale), date: formatFlexibleDate(previous.cutOffDate, "day", locale) })}</p>
      {changeKinds.map((kind) => (
        <section key={kind} aria-labelledby={`change-${kind}`}>
          <h2 id={`change-${kind}`} className="mb-2 text-heading-m font-bold">
            {t(`changes.${kind}`)} ({changes[kind].length})
          </h2>
          {changes[kind].length === 0 ? (
            <p>{t("noChanges")}</p>
          ) : (
            <ul className="flex flex-col gap-3">
              {changes[kind].map(({ measure, before }) => (
                <li key={measure.id}>
                  <Link href={publicLinks.measure(measure.id)} lang={isFallback(measure.title, locale) ? "fi" : undefined}>
                    {pick(measure.title, locale)}
                  </Link>
                  {before && kind === "progressed" ? <span className="text-body-s"> — {t("progressFromTo", { from: before.progress, to: measure.progress })}</span> : null}
                </li>
              ))}
            </ul>
          )}
        </section>
      ))}
    </div>
  );
}
