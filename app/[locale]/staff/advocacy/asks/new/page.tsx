import { getTranslations } from "next-intl/server";
import { AskForm } from "@/app/[locale]/staff/advocacy/_components/AskForm";
import { advocacyFormOptions } from "@/lib/advocacy/options";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/auth/staff-page";

export default async function NewAskPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, user, db } = await staffPage(params, "advocacy.editOwn");
  const query = await searchParams;
  const t = await getTranslations("advocacyAsks");
  const tAdv = await getTranslations("advocacy");
  const options = await advocacyFormOptions(db, user, locale);
  return (
    <>
      <nav aria-label={tAdv("breadcrumbs")} className="mb-4 text-body-s">
        <Link href="/staff/advocacy">{tAdv("title")}</Link> › <Link href="/staff/advocacy/asks">{t("title")}</Link> ›{" "}
        <span aria-current="page">{t("new")}</span>
      </nav>
      <h1 className="mb-6 text-heading-l font-bold">{t("new")}</h1>
      {options.priorities.length === 0 ? (
        <p>{tAdv("noOwnPriorities")}</p>
      ) : (
        <AskForm defaults={{ priorityId: typeof query.priority === "string" ? query.priority : undefined }} priorities={options.priorities} canPublish={options.canPublish} />
      )}
    </>
  );
}
