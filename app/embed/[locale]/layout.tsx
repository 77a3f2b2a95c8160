import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { isLocale } from "@/lib/i18n/routing";
import "../../globals.css";

/**
 * The embeddable views (for the city's own pages, e.g. hel.fi): a root
 * layout of their own, without the site's header and footer. They may be
 * framed only by the hosts in EMBED_ALLOWED_ORIGINS (see proxy.ts).
 */
export default async function EmbedLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  if (!isLocale(locale)) notFound();
  setRequestLocale(locale);
  return (
    <html lang={locale}>
      <body className="bg-white p-4">
        <main>{children}</main>
      </body>
    </html>
  );
}
