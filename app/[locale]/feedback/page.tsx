import type { Metadata } from "next";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { FeedbackForm } from "@/app/[locale]/feedback/_components/FeedbackForm";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { FEEDBACK_LIMITS } from "@/lib/public/feedback-limits";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "publicFeedback" });
  return { title: t("title") };
}

/** Feedback on the site or its content; `?kind=accessibility&page=/fi/…` pre-fill the form from a link. */
export default async function FeedbackPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ kind?: string; page?: string }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const query = await searchParams;
  const t = await getTranslations("publicFeedback");
  const messages = await getMessages();
  const kind = query.kind === "accessibility" || query.kind === "content" ? query.kind : "other";
  const page = typeof query.page === "string" && /^\/(?!\/)[^\s\\]{0,499}$/.test(query.page) ? query.page : null;
  return (
    <>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <h1 className="mb-4 text-heading-xl font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl text-body-l">{t("lead")}</p>
      <p className="mb-8 max-w-3xl">
        {t.rich("accessibilityNote", { link: (chunks) => <Link href="/accessibility">{chunks}</Link> })}
      </p>
      {page ? <p className="mb-4">{t("about", { page })}</p> : null}
      <NextIntlClientProvider messages={{ publicFeedback: messages.publicFeedback, errors: messages.errors }}>
        <FeedbackForm locale={locale} pagePath={page} defaultKind={kind} maxLength={FEEDBACK_LIMITS.messageMax} />
      </NextIntlClientProvider>
    </>
  );
}
