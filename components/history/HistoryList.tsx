import { getFormatter, getTranslations } from "next-intl/server";
import type { FieldChange } from "@/lib/history/changes";
import { fieldChanges } from "@/lib/history/changes";
import { Pager } from "@/components/ui/Pager";
import { plainQuery, type Page } from "@/lib/paging";

/** Where a paged history sits: its page (`?historyPage=`) and the address the pager links keep. */
export type HistoryPaging = { path: string; query: Record<string, string>; page: number; pages: number; total: number; from: number; to: number };

/** The paging of a history page read with `pageHistory`, linking from `path` with the page's own query kept. */
export function historyPaging(page: Omit<Page<unknown>, "rows" | "size">, path: string, searchParams: Record<string, string | string[] | undefined>): HistoryPaging {
  return { path, query: plainQuery(searchParams), page: page.page, pages: page.pages, total: page.total, from: page.from, to: page.to };
}

export type HistoryEntry = {
  id: number | string;
  action: string;
  actorName: string | null;
  at: Date;
  version: number | null;
  before: Record<string, unknown> | null;
  after: Record<string, unknown> | null;
};

/**
 * An item's history as a readable list: who did what and when, and each
 * field's value before and after. `fieldLabels` names the fields, `names`
 * turns ids (units, people, priorities) into names, `format` can render a
 * field's value (e.g. a status or a date) for the reader.
 */
export async function HistoryList({
  entries,
  fieldLabels,
  actionLabels,
  names = {},
  format,
  ignore = [],
  headingLevel = 2,
  title,
  paging,
}: {
  /** Oldest first; or, with `paging`, one page newest first (`pageHistory`, db/queries/audit.ts). */
  entries: HistoryEntry[];
  paging?: HistoryPaging;
  fieldLabels: Record<string, string>;
  actionLabels?: Record<string, string>;
  names?: Record<string, string>;
  format?: (field: string, value: unknown) => string | null;
  ignore?: string[];
  headingLevel?: 2 | 3;
  title?: string;
}) {
  const t = await getTranslations("history");
  const f = await getFormatter();
  const H = headingLevel === 2 ? "h2" : "h3";
  const show = (field: string, value: unknown): string => {
    if (value === null || value === undefined || value === "") return t("empty");
    const custom = format?.(field, value);
    if (custom !== null && custom !== undefined) return custom;
    if (Array.isArray(value)) return value.length ? value.map((v) => (typeof v === "string" ? (names[v] ?? v) : JSON.stringify(v))).join(", ") : t("empty");
    if (typeof value === "boolean") return value ? t("yes") : t("no");
    if (typeof value === "string") return names[value] ?? value;
    if (typeof value === "object") return t("structured");
    return String(value);
  };
  const label = (c: FieldChange) => `${fieldLabels[c.field] ?? c.field}${c.lang ? ` (${c.lang})` : ""}`;
  const newestFirst = paging ? entries : [...entries].reverse();
  return (
    <section aria-labelledby="history-heading" className="mt-10">
      <H id="history-heading" className="mb-3 text-heading-s font-bold">
        {title ?? t("title")}
      </H>
      {newestFirst.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="flex flex-col gap-4">
        {newestFirst.map((e) => {
          const changes = fieldChanges(e.before, e.after, ignore);
          return (
            <li key={e.id} className="border-l-4 border-silver pl-3">
              <p>
                <span className="font-semibold">{actionLabels?.[e.action] ?? (t.has(`actions.${e.action}`) ? t(`actions.${e.action}`) : e.action)}</span>
                {" · "}
                <time dateTime={e.at.toISOString()}>{f.dateTime(e.at, { dateStyle: "short", timeStyle: "short" })}</time>
                {" · "}
                {e.actorName ?? t("system")}
                {e.version ? <span className="text-muted"> · {t("version", { version: e.version })}</span> : null}
              </p>
              {changes.length ? (
                <table className="mt-1 w-full text-left text-body-s">
                  <caption className="sr-only">{t("changes")}</caption>
                  <thead>
                    <tr>
                      <th scope="col" className="pr-3 font-semibold">{t("field")}</th>
                      <th scope="col" className="pr-3 font-semibold">{t("before")}</th>
                      <th scope="col" className="font-semibold">{t("after")}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {changes.map((c) => (
                      <tr key={`${c.field}-${c.lang ?? ""}`} className="align-top">
                        <th scope="row" className="pr-3 font-normal">{label(c)}</th>
                        <td className="max-w-xs pr-3 break-words">{show(c.field, c.before)}</td>
                        <td className="max-w-xs break-words">{show(c.field, c.after)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : null}
            </li>
          );
        })}
      </ol>
      {paging && paging.total > 0 ? <Pager {...paging} param="historyPage" label={title ?? t("title")} /> : null}
    </section>
  );
}
