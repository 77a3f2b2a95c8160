import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** The city, and the links every public page must offer: accessibility statement, open data, feedback. */
export async function SiteFooter() {
  const t = await getTranslations("footer");
  const tApp = await getTranslations("app");
  return (
    <footer className="on-dark mt-12 bg-bus text-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-start justify-between gap-6 px-4 py-6">
        <div>
          <p className="font-bold">{tApp("city")}</p>
          <p>{t("text")}</p>
        </div>
        <nav aria-label={t("links")}>
          <ul className="flex flex-col gap-1">
            <li>
              <Link href="/accessibility">
                {t("accessibility")}
              </Link>
            </li>
            <li>
              <Link href="/open-data">
                {t("openData")}
              </Link>
            </li>
            <li>
              <Link href="/feedback">
                {t("feedback")}
              </Link>
            </li>
          </ul>
        </nav>
      </div>
    </footer>
  );
}
