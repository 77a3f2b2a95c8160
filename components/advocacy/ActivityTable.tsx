import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import { DataTable, type Column } from "@/components/ui/DataTable";
import { pick } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import { labelOnce } from "@/lib/i18n/labels";
import type { Locale } from "@/lib/i18n/routing";
import type { Sort } from "@/lib/paging";
import { formatDay } from "@/lib/dates";

export type ActivityRow = {
  id: string;
  type: string;
  priorityId: string;
  title: LocalizedText;
  date: string | null;
  deadline: string | null;
  declined: boolean;
  audience: string | null;
  responsibleName: string | null;
  visibility: string;
  reviewState: string;
  outcome?: LocalizedText | null;
};

/** A long outcome note shortened for the list (the action's page shows it whole). */
const shorten = (text: string, max = 140) => (text.length > max ? `${text.slice(0, max - 1).trimEnd()}…` : text);

/**
 * Advocacy actions as a table (the shared `DataTable`): when, what, for which
 * priority, who, and where it stands. With `path` the headers sort through the
 * URL; the rows are one page already fetched in SQL.
 */
export async function ActivityTable({
  rows,
  locale,
  priorityNames,
  today,
  caption,
  showPriority = true,
  sort,
  path,
  query,
}: {
  rows: ActivityRow[];
  locale: Locale;
  priorityNames: Map<string, string>;
  today: string;
  caption: string;
  showPriority?: boolean;
  sort?: Sort<string>;
  path?: string;
  query?: Record<string, string>;
}) {
  const t = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tType = await getTranslations("advocacyTypes");
  const tStaff = await getTranslations("staff");
  // Row links are plain anchors (no client component per row) and every label is looked up once per table, not per row.
  const base = getPathname({ href: "/staff/advocacy/activities", locale });
  const typeLabel = labelOnce((v: string) => tType(v));
  const stateLabel = labelOnce((v: string) => tStaff(v));
  const internal = tStaff("internal");
  const declinedNote = t("declinedNote");
  const overdueFlag = t("overdueFlag");
  const columns: Column<ActivityRow>[] = [
    {
      key: "date",
      header: tf("date"),
      sortKey: "date",
      className: "whitespace-nowrap",
      cell: (a) => {
        const overdue = a.type === "statement" && !a.date && !a.declined && a.deadline !== null && a.deadline < today;
        if (a.date) return formatDay(a.date, locale);
        if (!a.deadline) return "–";
        return (
          <span>
            {t("deadlineShort", { date: formatDay(a.deadline, locale) })}
            {overdue ? <span className="mt-1 block w-fit bg-error px-2 font-semibold text-white">{overdueFlag}</span> : null}
          </span>
        );
      },
    },
    { key: "type", header: tf("type"), sortKey: "type", cell: (a) => typeLabel(a.type) },
    {
      key: "title",
      header: tf("title"),
      sortKey: "title",
      rowHeader: true,
      cell: (a) => (
        <>
          <a href={`${base}/${a.id}`}>{pick(a.title, locale)}</a>
          {a.declined ? <span className="block font-normal">{declinedNote}</span> : null}
          {a.outcome ? <span className="block font-normal">{t("outcomeShort", { text: shorten(pick(a.outcome, locale)) })}</span> : null}
        </>
      ),
    },
    ...(showPriority ? [{ key: "priority", header: tf("priorityId"), cell: (a: ActivityRow) => priorityNames.get(a.priorityId) ?? "–" }] : []),
    { key: "audience", header: tf("audience"), cell: (a) => a.audience ?? "–" },
    { key: "responsible", header: tf("responsibleUserId"), sortKey: "responsible", cell: (a) => a.responsibleName ?? "–" },
    {
      key: "state",
      header: t("state"),
      sortKey: "state",
      cell: (a) => (
        <>
          {stateLabel(a.reviewState)}
          {a.visibility === "internal" ? <span className="block">{internal}</span> : null}
        </>
      ),
    },
  ];
  return <DataTable caption={caption} columns={columns} rows={rows} rowKey={(a) => a.id} sort={sort} path={path} query={query} empty={t("noActivities")} />;
}
