import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/public/Pagination";
import type { MeasureSnapshot } from "@/db/queries/strategy/snapshots";
import type { Locale } from "@/lib/i18n/routing";
import { PublicMeasureList } from "./MeasureList";

/** Measures per page on the public goal and priority pages: a goal may hold thousands, a page stays light. */
export const MEASURES_PER_PAGE = 50;

/** The page number asked for in `?page=`, within 1…pages (anything else reads as the first page). */
export function measurePage(raw: string | string[] | undefined, total: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / MEASURES_PER_PAGE));
  const asked = Number(Array.isArray(raw) ? raw[0] : raw);
  return { page: Number.isInteger(asked) && asked >= 1 && asked <= pages ? asked : 1, pages };
}

/** One page of published measures, with "x–y of n" and shareable page links. */
export async function PagedMeasureList({ measures, locale, path, page, pages }: { measures: (MeasureSnapshot & { id: string })[]; locale: Locale; path: string; page: number; pages: number }) {
  const t = await getTranslations("publicStrategy");
  const from = (page - 1) * MEASURES_PER_PAGE;
  const shown = measures.slice(from, from + MEASURES_PER_PAGE);
  return (
    <>
      {pages > 1 ? <p className="mb-2 text-body-s text-muted">{t("measuresShown", { from: from + 1, to: from + shown.length, total: measures.length })}</p> : null}
      <PublicMeasureList measures={shown} locale={locale} />
      <Pagination path={path} query={{}} page={page} pages={pages} />
    </>
  );
}
