import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
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

/** Advocacy actions as a table: when, what, for which priority, who, and where it stands. */
export async function ActivityTable({
  rows,
  locale,
  priorityNames,
  today,
  caption,
  showPriority = true,
}: {
  rows: ActivityRow[];
  locale: Locale;
  priorityNames: Map<string, string>;
  today: string;
  caption: string;
  showPriority?: boolean;
}) {
  const t = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tType = await getTranslations("advocacyTypes");
  const tStaff = await getTranslations("staff");
  if (rows.length === 0) return <p>{t("noActivities")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-body-s">
        <caption className="sr-only">{caption}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">{tf("date")}</th>
            <th scope="col" className="p-2">{tf("type")}</th>
            <th scope="col" className="p-2">{tf("title")}</th>
            {showPriority ? <th scope="col" className="p-2">{tf("priorityId")}</th> : null}
            <th scope="col" className="p-2">{tf("audience")}</th>
            <th scope="col" className="p-2">{tf("responsibleUserId")}</th>
            <th scope="col" className="p-2">{t("state")}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((a) => {
            const overdue = a.type === "statement" && !a.date && !a.declined && a.deadline !== null && a.deadline < today;
            return (
              <tr key={a.id} className="border-b border-line align-top">
                <td className="p-2 whitespace-nowrap">
                  {a.date ? (
                    formatDay(a.date, locale)
                  ) : a.deadline ? (
                    <span>
                      {t("deadlineShort", { date: formatDay(a.deadline, locale) })}
                      {overdue ? <span className="mt-1 block w-fit bg-error px-2 font-semibold text-white">{t("overdueFlag")}</span> : null}
                    </span>
                  ) : (
                    "–"
                  )}
                </td>
                <td className="p-2">{tType(a.type)}</td>
                <th scope="row" className="p-2 font-normal">
                  <Link href={`/staff/advocacy/activities/${a.id}`} className="font-semibold">
                    {pick(a.title, locale)}
                  </Link>
                  {a.declined ? <span className="block">{t("declinedNote")}</span> : null}
                  {a.outcome ? <span className="block">{t("outcomeShort", { text: shorten(pick(a.outcome, locale)) })}</span> : null}
                </th>
                {showPriority ? <td className="p-2">{priorityNames.get(a.priorityId) ?? "–"}</td> : null}
                <td className="p-2">{a.audience ?? "–"}</td>
                <td className="p-2">{a.responsibleName ?? "–"}</td>
                <td className="p-2">
                  {tStaff(a.reviewState)}
                  {a.visibility === "internal" ? <span className="block">{tStaff("internal")}</span> : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
