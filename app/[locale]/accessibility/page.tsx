import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "accessibility" });
  return { title: t("title") };
}

/** Keys of the known shortcomings, each with a title, what it means and the WCAG criteria. */
const shortcomings = ["fallback", "embeds", "external"] as const;

/**
 * The accessibility statement required by the Act on the Provision of
 * Digital Services (306/2019, section 15): how accessible the service is,
 * what is not yet, how to give feedback and how to complain to the
 * supervisory authority (Traficom).
 */
export default async function AccessibilityStatementPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("accessibility");
  return (
    <article className="max-w-3xl">
      <Breadcrumbs items={[{ label: t("title") }]} />
      <h1 className="mb-4 text-heading-xl font-bold">{t("title")}</h1>
      <p className="mb-4 text-body-l">{t("intro")}</p>

      <h2 className="mb-2 mt-8 text-heading-m font-bold">{t("status.title")}</h2>
      <p className="mb-4">{t("status.text")}</p>

      <h2 className="mb-2 mt-8 text-heading-m font-bold">{t("shortcomings.title")}</h2>
      <p className="mb-4">{t("shortcomings.intro")}</p>
      <ul className="mb-4 list-disc pl-6">
        {shortcomings.map((key) => (
          <li key={key} className="mb-3">
            <h3 className="font-bold">{t(`shortcomings.${key}.title`)}</h3>
            <p>{t(`shortcomings.${key}.text`)}</p>
            <p className="text-body-s">{t(`shortcomings.${key}.criteria`)}</p>
          </li>
        ))}
      </ul>

      <h2 className="mb-2 mt-8 text-heading-m font-bold">{t("preparation.title")}</h2>
      <p className="mb-4">{t("preparation.text")}</p>
      <dl className="mb-4 grid grid-cols-[auto_1fr] gap-x-4 gap-y-1">
        <dt className="font-semibold">{t("preparation.publishedLabel")}</dt>
        <dd>{t("preparation.published")}</dd>
        <dt className="font-semibold">{t("preparation.updatedLabel")}</dt>
        <dd>{t("preparation.updated")}</dd>
      </dl>

      <h2 className="mb-2 mt-8 text-heading-m font-bold">{t("feedback.title")}</h2>
      <p className="mb-4">{t("feedback.text")}</p>
      <ul className="mb-4 list-disc pl-6">
        <li>
          <Link href="/feedback?kind=accessibility">{t("feedback.form")}</Link>
        </li>
        <li>
          {t("feedback.emailLabel")} <a href={`mailto:${t("feedback.email")}`}>{t("feedback.email")}</a>
        </li>
      </ul>
      <p className="mb-4">{t("feedback.response")}</p>

      <h2 className="mb-2 mt-8 text-heading-m font-bold">{t("enforcement.title")}</h2>
      <p className="mb-4">{t("enforcement.text")}</p>
      <address className="mb-4 not-italic">
        <p className="font-semibold">{t("enforcement.authority")}</p>
        <p>{t("enforcement.unit")}</p>
        <p>
          <a href={t("enforcement.website")}>{t("enforcement.websiteText")}</a>
        </p>
        <p>
          {t("enforcement.emailLabel")} <a href={`mailto:${t("enforcement.email")}`}>{t("enforcement.email")}</a>
        </p>
        <p>{t("enforcement.phone")}</p>
      </address>
    </article>
  );
}
