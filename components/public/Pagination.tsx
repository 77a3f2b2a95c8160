import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Page links that keep the rest of the query (a shareable address for every page). */
export async function Pagination({ path, query, page, pages }: { path: string; query: Record<string, string>; page: number; pages: number }) {
  if (pages <= 1) return null;
  const t = await getTranslations("publicSearch");
  const href = (p: number) => {
    const params = new URLSearchParams({ ...query, ...(p > 1 ? { page: String(p) } : {}) });
    if (p <= 1) params.delete("page");
    const s = params.toString();
    return s ? `${path}?${s}` : path;
  };
  const shown = [...new Set([1, page - 1, page, page + 1, pages])].filter((p) => p >= 1 && p <= pages).sort((a, b) => a - b);
  return (
    <nav aria-label={t("pagination")} className="mt-6">
      <ul className="flex flex-wrap items-center gap-3">
        {page > 1 ? (
          <li>
            <Link href={href(page - 1)}>{t("previous")}</Link>
          </li>
        ) : null}
        {shown.map((p) => (
          <li key={p}>
            {p === page ? (
              <span aria-current="page" className="font-bold">
                {t("pageN", { page: p })}
              </span>
            ) : (
              <Link href={href(p)} aria-label={t("pageN", { page: p })}>
                {p}
              </Link>
            )}
          </li>
        ))}
        {page < pages ? (
          <li>
            <Link href={href(page + 1)}>{t("next")}</Link>
          </li>
        ) : null}
      </ul>
    </nav>
  );
}
