import { getTranslations } from "next-intl/server";
import type { AuditEntry } from "@/db/schema";

/** An item's change history for staff: who, when, what changed (field names; values are in the record). */
export async function HistoryList({ entries, locale }: { entries: AuditEntry[]; locale: string }) {
  const t = await getTranslations("networks");
  const fmt = new Intl.DateTimeFormat(locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : "en-GB", { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" });
  if (!entries.length) return <p>{t("history.empty")}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full border-collapse text-left text-body-s">
        <caption className="sr-only">{t("history.title")}</caption>
        <thead>
          <tr className="border-b-2 border-ink">
            <th scope="col" className="p-2">{t("history.when")}</th>
            <th scope="col" className="p-2">{t("history.who")}</th>
            <th scope="col" className="p-2">{t("history.what")}</th>
            <th scope="col" className="p-2">{t("history.fields")}</th>
          </tr>
        </thead>
        <tbody>
          {[...entries].reverse().map((e) => (
            <tr key={e.id} className="border-b border-line align-top">
              <td className="p-2 whitespace-nowrap">{fmt.format(e.at)}</td>
              <td className="p-2">{e.actorName ?? t("history.system")}</td>
              <td className="p-2">{t.has(`history.actions.${e.action}`) ? t(`history.actions.${e.action}`) : e.action}</td>
              <td className="p-2">{Object.keys({ ...(e.before ?? {}), ...(e.after ?? {}) }).join(", ")}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
