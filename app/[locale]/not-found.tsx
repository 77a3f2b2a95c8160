import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export default async function NotFound() {
  const t = await getTranslations("notFound");
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-4">{t("body")}</p>
      <Link href="/">{t("home")}</Link>
    </>
  );
}
