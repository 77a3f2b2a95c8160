import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/app/[locale]/staff/advocacy/_components/ActivityForm";
import { advocacyFormOptions } from "@/lib/advocacy/options";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/auth/staff-page";
import { activityTypes } from "@/lib/advocacy/vocabulary";

/** Record a statement, meeting, proposal or position paper. */
export default async function NewActivityPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, user, db } = await staffPage(params, "advocacy.editOwn");
  const query = await searchParams;
  const type = typeof query.type === "string" && (activityTypes as readonly string[]).includes(query.type) ? query.type : "statement";
  const priorityId = typeof query.priority === "string" ? query.priority : undefined;
  const t = await getTranslations("advocacy");
  const options = await advocacyFormOptions(db, user, locale);
  return (
    <>
      <nav aria-label={t("breadcrumbs")} className="mb-4 text-body-s">
        <Link href="/staff/advocacy">{t("title")}</Link> › <span aria-current="page">{t("newActivity")}</span>
      </nav>
      <h1 className="mb-6 text-heading-l font-bold">{t("newActivity")}</h1>
      {options.priorities.length === 0 ? (
        <p>{t("noOwnPriorities")}</p>
      ) : (
        <ActivityForm
          defaults={{ type, priorityId, responsibleUserId: user.id }}
          priorities={options.priorities}
          people={options.people}
          canPublish={options.canPublish}
        />
      )}
    </>
  );
}
