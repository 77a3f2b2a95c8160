import { getTranslations } from "next-intl/server";
import { AskForm } from "@/app/[locale]/staff/advocacy/_components/AskForm";
import { loadNewItemPage, NewItemPage } from "@/app/[locale]/staff/advocacy/_components/ItemPage";
import type { Locale } from "@/lib/i18n/routing";

/** Write an ask for a government programme. */
export default async function NewAskPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { options } = await loadNewItemPage(params);
  const query = await searchParams;
  const t = await getTranslations("advocacyAsks");
  return (
    <NewItemPage crumbs={[{ label: t("title"), href: "/staff/advocacy/asks" }]} title={t("new")} hasPriorities={options.priorities.length > 0}>
      <AskForm defaults={{ priorityId: typeof query.priority === "string" ? query.priority : undefined }} priorities={options.priorities} canPublish={options.canPublish} />
    </NewItemPage>
  );
}
