import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations, setRequestLocale } from "next-intl/server";
import { SiteFooter } from "@/components/layout/SiteFooter";
import { SiteHeader } from "@/components/layout/SiteHeader";
import { signOutAction } from "@/app/[locale]/signin/actions";
import { isLocale } from "@/lib/i18n/routing";
import { feedPath } from "@/lib/public/feed-path";
import "../globals.css";

export async function generateMetadata({ params }: { params: Promise<{ locale: string }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale: isLocale(locale) ? locale : "fi", namespace: "app" });
  const l = isLocale(locale) ? locale : "fi";
  const tFeed = await getTranslations({ locale: l, namespace: "publicFeed" });
  return {
    title: { default: `${t("name")} – ${t("city")}`, template: `%s – ${t("city")}` },
    description: t("name"),
    // Readers' feed apps find what was published here.
    alternates: { types: { "application/atom+xml": [{ url: feedPath(l), title: tFeed("title") }] } },
  };
}

/** Namespaces that client components need; the rest stay on the server. */
const clientNamespaces = ["nav", "errors", "common", "status"];

export default async function LocaleLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  const messages = await getMessages();
  const t = await getTranslations("nav");
  const clientMessages = Object.fromEntries(clientNamespaces.map((n) => [n, messages[n]]));
  return (
    <html lang={locale}>
      <body className="flex min-h-screen flex-col">
        <a className="skip-link" href="#main">
          {t("skipToContent")}
        </a>
        <NextIntlClientProvider messages={clientMessages}>
          <SiteHeader locale={locale} signOutAction={signOutAction} />
          <main id="main" tabIndex={-1} className="mx-auto w-full max-w-6xl flex-1 px-4 py-8 outline-none">
            {children}
          </main>
          <SiteFooter />
        </NextIntlClientProvider>
      </body>
    </html>
  );
}
