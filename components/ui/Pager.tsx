import { getLocale, getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import { listHref } from "@/lib/paging";
import { intlLocale } from "@/lib/i18n/formatters";
import { numberFormat } from "@/lib/i18n/formatters";

/**
 * The one pager of every list: where this page is in the whole ("1–50 of
 * 50 000") and links to the neighbouring, first and last pages. The links keep
 * the rest of the query, so every page has a shareable address.
 */
export async function Pager({
  path,
  query,
  page,
  pages,
  total,
  from,
  to,
  label,
  param = "page",
}: {
  path: string;
  query: Record<string, string>;
  page: number;
  pages: number;
  total: number;
  from: number;
  to: number;
  label?: string;
  /** The query key of this list's page, when a page holds two paged lists (e.g. `statementsPage`). */
  param?: string;
}) {
  const t = await getTranslations("paging");
  const locale = await getLocale();
  const n = (x: number) => numberFormat(intlLocale(locale)).format(x);
  const href = (p: number) => listHref(path, query, { [param]: p > 1 ? p : undefined });
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <div className="mt-4 flex flex-wrap items-center justify-between gap-4">
      <p role="status">{total === 0 ? t("none") : t("range", { from: n(from), to: n(to), total: n(total) })}</p>
      {pages > 1 ? (
        <nav aria-label={label ?? t("label")}>
          <ul className="flex flex-wrap items-center gap-3">
            {page > 1 ? (
              <li>
                <Link href={href(page - 1)} rel="prev">{t("previous")}</Link>
              </li>
            ) : null}
            {shown.map((p, i) => (
              <li key={p} className="flex items-center gap-3">
                {i > 0 && p - shown[i - 1]! > 1 ? <span aria-hidden="true">…</span> : null}
                {p === page ? (
                  <span aria-current="page" className="font-bold">{t("pageN", { page: n(p) })}</span>
                ) : (
                  <Link href={href(p)} aria-label={t("pageN", { page: n(p) })}>{n(p)}</Link>
                )}
              </li>
            ))}
            {page < pages ? (
              <li>
                <Link href={href(page + 1)} rel="next">{t("next")}</Link>
              </li>
            ) : null}
          </ul>
        </nav>
      ) : null}
    </div>
  );
}
