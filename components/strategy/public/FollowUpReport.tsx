import { getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { StatusBadge } from "@/components/ui/StatusBadge";
import type { LocalizedText } from "@/db/schema/common";
import { isFallback, lowerCaseIn, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicLinks } from "@/lib/public/links";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { changeKinds, reportSections, type ChangeKind, type ReportMeasure, type RoundReport } from "@/lib/strategy/rounds";
import type { ChangeLine, ReportLine } from "@/db/queries/strategy/report-read";
import { Pager } from "@/components/ui/Pager";
import { listHref } from "@/lib/paging";

/** A text in the page's language, or Finnish marked as such. */
function Text({ text, locale, as: Tag = "span", className }: { text: LocalizedText | null | undefined; locale: Locale; as?: "span" | "p" | "h2" | "h3" | "h4"; className?: string }) {
  if (!text) return null;
  return (
    <Tag className={className} lang={isFallback(text, locale) ? "fi" : undefined}>
      {pick(text, locale)}
    </Tag>
  );
}

async function MeasureEntry({ m, cutOffDate, locale, level }: { m: ReportMeasure; cutOffDate: string; locale: Locale; level: "h3" | "h4" }) {
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
      <p className="mt-1 text-body-s text-muted">{t("asOf", { date: formatFlexibleDate(cutOffDate, "day", locale) })}</p>
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
                      <MeasureEntry key={m.id} m={m} cutOffDate={report.cutOffDate} locale={locale} level="h4" />
                    ))}
                  </ul>
                </section>
              ))}
            {sections.other.length ? (
              <section aria-labelledby={`ro-${g.id}`} className="mb-6">
                <h3 id={`ro-${g.id}`} className="mb-2 text-heading-s font-bold">{t("otherMeasures")}</h3>
                <ul className="flex flex-col gap-3">
                  {sections.other.map((m) => (
                    <MeasureEntry key={m.id} m={m} cutOffDate={report.cutOffDate} locale={locale} level="h4" />
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

type Head = Omit<RoundReport, "measures">;
type PageInfo = { path: string; query: Record<string, string>; page: number; pages: number; total: number; from: number; to: number };

/**
 * One page of the report: its lines (a measure under each priority it serves)
 * grouped under their goal and priority, the headings repeated on every page
 * a goal or priority continues on.
 */
export async function ReportPage({ report, lines, locale, paging }: { report: Head; lines: ReportLine[]; locale: Locale; paging: PageInfo }) {
  const t = await getTranslations("publicReport");
  const groups: { goalId: string; sections: { priorityId: string | null; measures: ReportMeasure[] }[] }[] = [];
  for (const line of lines) {
    let g = groups.at(-1);
    if (!g || g.goalId !== line.goalId) groups.push((g = { goalId: line.goalId, sections: [] }));
    let sec = g.sections.at(-1);
    if (!sec || sec.priorityId !== line.priorityId) g.sections.push((sec = { priorityId: line.priorityId, measures: [] }));
    sec.measures.push(line.measure);
  }
  const continued = paging.from > 1;
  return (
    <div className="flex flex-col gap-10">
      {groups.map((g, gi) => {
        const goal = report.goals.find((x) => x.id === g.goalId);
        if (!goal) return null;
        const headingId = `rg-${g.goalId}`;
        return (
          <section key={g.goalId} aria-labelledby={headingId} className="report-goal">
            <h2 id={headingId} className="mb-2 text-heading-m font-bold" lang={isFallback(goal.title, locale) ? "fi" : undefined}>
              {pick(goal.title, locale)}
              {gi === 0 && continued ? <span className="text-body-s font-normal text-muted"> ({t("continued")})</span> : null}
            </h2>
            {gi === 0 && continued ? null : <Text as="p" text={goal.description} locale={locale} className="mb-4 max-w-3xl whitespace-pre-line" />}
            {g.sections.map((sec) => {
              const priority = sec.priorityId ? goal.priorities.find((p) => p.id === sec.priorityId) : null;
              const id = `rp-${g.goalId}-${sec.priorityId ?? "other"}`;
              return (
                <section key={id} aria-labelledby={id} className="mb-6">
                  {priority ? (
                    <h3 id={id} className="mb-2 text-heading-s font-bold" lang={isFallback(priority.title, locale) ? "fi" : undefined}>
                      {pick(priority.title, locale)}
                    </h3>
                  ) : (
                    <h3 id={id} className="mb-2 text-heading-s font-bold">{t("otherMeasures")}</h3>
                  )}
                  <ul className="flex flex-col gap-3">
                    {sec.measures.map((m) => (
                      <MeasureEntry key={m.id} m={m} cutOffDate={report.cutOffDate} locale={locale} level="h4" />
                    ))}
                  </ul>
                </section>
              );
            })}
          </section>
        );
      })}
      <div className="no-print">
        <Pager {...paging} label={t("pagesOfReport")} />
      </div>
    </div>
  );
}

/** The report's table of contents: its goals with their measure counts, each a link to that goal's pages. */
export async function ReportContents({ report, contents, locale, path, goalId }: { report: Head; contents: { goalId: string; measures: number }[]; locale: Locale; path: string; goalId: string | null }) {
  const t = await getTranslations("publicReport");
  const total = contents.reduce((n, c) => n + c.measures, 0);
  return (
    <nav aria-label={t("contents")} className="no-print mb-8">
      <h2 className="mb-2 text-heading-s font-bold">{t("contents")}</h2>
      <ul className="flex flex-col gap-1">
        <li>
          {goalId ? <Link href={path}>{t("allGoals", { count: total })}</Link> : <span aria-current="page" className="font-bold">{t("allGoals", { count: total })}</span>}
        </li>
        {contents.map((c) => {
          const goal = report.goals.find((g) => g.id === c.goalId);
          if (!goal) return null;
          const label = (
            <>
              <span lang={isFallback(goal.title, locale) ? "fi" : undefined}>{pick(goal.title, locale)}</span> ({t("measureCount", { count: c.measures })})
            </>
          );
          return (
            <li key={c.goalId}>
              {goalId === c.goalId ? <span aria-current="page" className="font-bold">{label}</span> : <Link href={listHref(path, {}, { goal: c.goalId })}>{label}</Link>}
            </li>
          );
        })}
      </ul>
    </nav>
  );
}

/** The query key of each kind's page in the changes view. */
export const changePageParam = (kind: ChangeKind) => `${kind}Page`;

/** What changed since the previous published round: new, progressed, newly late, completed — each kind paged on its own. */
export async function ReportChanges({
  previous,
  locale,
  counts,
  lines,
  paging,
}: {
  previous: { name: LocalizedText; cutOffDate: string } | null;
  locale: Locale;
  counts: Record<ChangeKind, number> | null;
  lines: ChangeLine[];
  paging: Record<ChangeKind, PageInfo>;
}) {
  const t = await getTranslations("publicReport");
  if (!previous || !counts) return <p>{t("noPrevious")}</p>;
  return (
    <div className="flex flex-col gap-8">
      <p>{t("changesIntro", { previous: pick(previous.name, locale), date: formatFlexibleDate(previous.cutOffDate, "day", locale) })}</p>
      {changeKinds.map((kind) => {
        const shown = lines.filter((l) => l.kind === kind);
        return (
          <section key={kind} aria-labelledby={`change-${kind}`}>
            <h2 id={`change-${kind}`} className="mb-2 text-heading-m font-bold">
              {t(`changes.${kind}`)} ({counts[kind]})
            </h2>
            {counts[kind] === 0 ? (
              <p>{t("noChanges")}</p>
            ) : (
              <>
                <ul className="flex flex-col gap-3">
                  {shown.map(({ measure, beforeProgress }) => (
                    <li key={measure.id}>
                      <Link href={publicLinks.measure(measure.id)} lang={isFallback(measure.title, locale) ? "fi" : undefined}>
                        {pick(measure.title, locale)}
                      </Link>
                      {beforeProgress !== null && kind === "progressed" ? <span className="text-body-s"> — {t("progressFromTo", { from: beforeProgress, to: measure.progress })}</span> : null}
                    </li>
                  ))}
                </ul>
                <Pager {...paging[kind]} param={changePageParam(kind)} label={t("pagesOfChanges", { kind: t(`changes.${kind}`) })} />
              </>
            )}
          </section>
        );
      })}
    </div>
  );
}
