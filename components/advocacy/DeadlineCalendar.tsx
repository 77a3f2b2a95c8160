import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import { monthLabel } from "@/lib/advocacy/format";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { daysBetween, formatDay } from "@/lib/dates";

type Statement = {
  id: string;
  title: LocalizedText;
  deadline: string | null;
  ministry: string | null;
  responsibleName: string | null;
  priorityId: string;
};

/**
 * Statements still to give: the ones past their deadline with nothing given
 * (flagged first, in words and colour), then the coming deadlines by month.
 */
export async function DeadlineCalendar({
  overdue,
  upcoming,
  today,
  locale,
  priorityNames,
  headingLevel = 2,
  overdueTotal = overdue.length,
  upcomingTotal = upcoming.length,
  listHref,
}: {
  /** The first overdue statements (a bounded query); `overdueTotal` counts them all. */
  overdue: Statement[];
  /** The nearest coming deadlines (a bounded query); `upcomingTotal` counts them all. */
  upcoming: Statement[];
  overdueTotal?: number;
  upcomingTotal?: number;
  /** The paged list of actions, filtered by an outcome ("overdue" or "due"), where the rest are. */
  listHref?: (outcome: "overdue" | "due") => string;
  today: string;
  locale: Locale;
  priorityNames: Map<string, string>;
  headingLevel?: 2 | 3;
}) {
  const t = await getTranslations("advocacy");
  const H = headingLevel === 2 ? "h2" : "h3";
  const H2 = headingLevel === 2 ? "h3" : "h4";
  const months = new Map<string, Statement[]>();
  for (const s of upcoming) {
    const key = (s.deadline ?? "").slice(0, 7);
    months.set(key, [...(months.get(key) ?? []), s]);
  }
  const line = (s: Statement) => (
    <>
      <Link href={`/staff/advocacy/activities/${s.id}`} className="font-semibold">
        {pick(s.title, locale)}
      </Link>
      <span className="block text-body-s">
        {[s.ministry, priorityNames.get(s.priorityId), s.responsibleName ? t("responsibleIs", { name: s.responsibleName }) : null].filter(Boolean).join(" · ")}
      </span>
    </>
  );
  return (
    <section aria-labelledby="deadlines-heading" className="mb-10">
      <H id="deadlines-heading" className="mb-3 text-heading-m font-bold">
        {t("deadlinesTitle")}
      </H>
      {overdue.length ? (
        <div className="mb-6 border-l-4 border-error bg-error-light p-4">
          <H2 className="mb-2 font-bold">{t("overdueTitle", { count: overdueTotal })}</H2>
          <ul className="flex flex-col gap-2">
            {overdue.map((s) => (
              <li key={s.id}>
                <span className="mr-2 inline-block bg-error px-2 text-body-s font-semibold text-white">{t("overdueFlag")}</span>
                {t("deadlineWas", { date: formatDay(s.deadline, locale), days: -daysBetween(today, s.deadline ?? today) })} – {line(s)}
              </li>
            ))}
          </ul>
          {listHref && overdueTotal > overdue.length ? (
            <p className="mt-3">
              <Link href={listHref("overdue")}>{t("allOverdue", { count: overdueTotal })}</Link>
            </p>
          ) : null}
        </div>
      ) : null}
      {upcoming.length === 0 ? <p>{t("noUpcoming")}</p> : null}
      {[...months].map(([month, list]) => (
        <div key={month} className="mb-4">
          <H2 className="mb-2 text-heading-xs font-bold capitalize">{monthLabel(`${month}-01`, locale)}</H2>
          <ul className="divide-y divide-line border-y border-line">
            {list.map((s) => {
              const days = daysBetween(today, s.deadline ?? today);
              return (
                <li key={s.id} className="flex flex-wrap gap-x-4 py-2">
                  <span className="w-40 shrink-0">
                    <time dateTime={s.deadline ?? undefined} className="font-semibold">
                      {formatDay(s.deadline, locale)}
                    </time>
                    <span className={`block text-body-s ${days <= 7 ? "font-semibold text-error" : ""}`}>{t("daysLeft", { days })}</span>
                  </span>
                  <span className="min-w-0 flex-1">{line(s)}</span>
                </li>
              );
            })}
          </ul>
        </div>
      ))}
      {listHref && upcomingTotal > upcoming.length ? (
        <p>
          <Link href={listHref("due")}>{t("allUpcoming", { count: upcomingTotal })}</Link>
        </p>
      ) : null}
    </section>
  );
}
