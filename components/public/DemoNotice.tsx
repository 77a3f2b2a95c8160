import { getLocale, getTranslations } from "next-intl/server";

/**
 * Says that a public page shows invented demo content (items marked as demo
 * in the seed), and which of its text is the city's own. Rendered only when
 * the page shows at least one demo item, so a production site with the
 * city's real data never carries it.
 */
export async function DemoNotice({ show, compact = false }: { show: boolean; compact?: boolean }) {
  if (!show) return null;
  const t = await getTranslations("publicDemo");
  // An embed (a small frame on someone else's page) says it in one line.
  if (compact)
    return (
      <p className="mb-2 border-l-4 border-alert-dark bg-alert-light px-2 py-1 text-body-s" data-demo-notice>
        {t("short")}
      </p>
    );
  const locale = await getLocale();
  return (
    <aside aria-labelledby="demo-notice-title" className="mb-6 border-l-8 border-alert-dark bg-alert-light p-4" data-demo-notice>
      <h2 id="demo-notice-title" className="text-heading-xs font-bold">
        {t("title")}
      </h2>
      <p className="max-w-3xl">{t("text")}</p>
      {locale !== "fi" ? <p className="max-w-3xl">{t("translation")}</p> : null}
    </aside>
  );
}

/** The mark next to one invented item. */
export async function DemoBadge({ show }: { show: boolean }) {
  if (!show) return null;
  const t = await getTranslations("publicDemo");
  return <span className="ml-2 inline-block bg-alert-light px-2 py-0.5 text-body-s font-semibold">{t("badge")}</span>;
}
