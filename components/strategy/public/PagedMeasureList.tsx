import { getTranslations } from "next-intl/server";
import { Pagination } from "@/components/public/Pagination";
import type { MeasureSnapshot } from "@/db/queries/strategy/snapshots";
import type { Locale } from "@/lib/i18n/routing";
import { MEASURES_PER_PAGE } from "@/lib/strategy/measure-pages";
import { PublicMeasureList } from "./MeasureList";

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
