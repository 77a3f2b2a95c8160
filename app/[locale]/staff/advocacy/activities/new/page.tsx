import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/app/[locale]/staff/advocacy/_components/ActivityForm";
import { loadNewItemPage, NewItemPage } from "@/app/[locale]/staff/advocacy/_components/ItemPage";
import type { Locale } from "@/lib/i18n/routing";
import { activityTypes } from "@/lib/advocacy/vocabulary";

/** Record a statement, meeting, proposal or position paper. */
export default async function NewActivityPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { user, options } = await loadNewItemPage(params);
  const query = await searchParams;
  const type = typeof query.type === "string" && (activityTypes as readonly string[]).includes(query.type) ? query.type : "statement";
  const priorityId = typeof query.priority === "string" ? query.priority : undefined;
  const t = await getTranslations("advocacy");
  return (
    <NewItemPage title={t("newActivity")} hasPriorities={options.priorities.length > 0}>
      <ActivityForm defaults={{ type, priorityId, responsibleUserId: user.id }} priorities={options.priorities} people={options.people} canPublish={options.canPublish} />
    </NewItemPage>
  );
}
