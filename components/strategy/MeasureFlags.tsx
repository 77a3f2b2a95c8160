import { getTranslations } from "next-intl/server";

/** The late / stale flags, written out (not only coloured). */
export async function MeasureFlags({ late, stale }: { late: boolean; stale: boolean }) {
  if (!late && !stale) return null;
  const t = await getTranslations("strategyFlags");
  return (
    <span className="inline-flex flex-wrap gap-2">
      {late ? <span className="inline-block border-2 border-error px-2 py-0.5 text-body-s font-semibold text-error">{t("late")}</span> : null}
      {stale ? <span className="inline-block border-2 border-alert-dark px-2 py-0.5 text-body-s font-semibold text-ink">{t("stale")}</span> : null}
    </span>
  );
}
