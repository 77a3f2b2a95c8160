import { getTranslations, setRequestLocale } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

export default async function NoAccess({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("noAccess");
  const user = await getCurrentUser().catch(() => null);
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-4">{user && user.role === "public" ? t("noRole") : t("body")}</p>
      <Link href="/">{t("home")}</Link>
    </>
  );
}
