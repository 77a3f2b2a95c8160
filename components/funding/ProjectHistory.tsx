import { getTranslations } from "next-intl/server";
import type { AuditEntry } from "@/db/schema";
import type { HistoryPaging } from "@/components/history/HistoryList";
import { Pager } from "@/components/ui/Pager";
import { dateTimeFormat, intlLocale } from "@/lib/i18n/formatters";

/** A project's recorded changes (who, when, what; before and after), newest first, one page at a time (`pageHistory`). */
export async function ProjectHistory({ entries, paging, locale }: { entries: AuditEntry[]; paging: HistoryPaging; locale: string }) {
  const t = await getTranslations("funding");
  const fmt = dateTimeFormat(intlLocale(locale), { dateStyle: "short", timeStyle: "short", timeZone: "Europe/Helsinki" });
  const show = (v: Record<string, unknown> | null) => (v ? Object.entries(v).map(([k, x]) => `${k}: ${typeof x === "object" ? JSON.stringify(x) : String(x)}`).join("; ") : "");
  return (
    <section aria-labelledby="history-title" className="mt-10">
      <h2 id="history-title" className="mb-2 text-heading-s font-bold">{t("detail.history")}</h2>
      <details>
        <summary className="cursor-pointer">{t("detail.showHistory", { n: paging.total })}</summary>
        <ol className="mt-2 divide-y divide-line text-body-s">
          {entries.map((e) => (
            <li key={e.id} className="py-2">
              <strong>{fmt.format(e.at)}</strong> · {e.actorName ?? t("detail.system")} · {t.has(`historyAction.${e.action}`) ? t(`historyAction.${e.action}`) : e.action}
              {e.version ? ` · v${e.version}` : ""}
              {e.before ? <p className="break-all text-muted">{t("detail.before")}: {show(e.before)}</p> : null}
              {e.after ? <p className="break-all">{t("detail.after")}: {show(e.after)}</p> : null}
            </li>
          ))}
        </ol>
        {paging.total > 0 ? <Pager {...paging} param="historyPage" label={t("detail.history")} /> : null}
      </details>
    </section>
  );
}
