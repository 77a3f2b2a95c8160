import { getTranslations } from "next-intl/server";
import { IndicatorForm } from "@/app/[locale]/staff/strategy/_components/IndicatorForm";
import { NewStructurePage } from "@/components/strategy/NewStructurePage";
import { getUnitNames } from "@/db/queries/strategy/public";
import { indicatorLinkOptions } from "@/db/queries/strategy/staff-indicators";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { newItemPage } from "@/lib/strategy/new-item-page";
import { computationKeys } from "@/lib/strategy/computed";

export default async function NewIndicatorPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ period?: string }> }) {
  const { locale, db, parent: period, canPublish } = await newItemPage(params, searchParams, "period");
  const [links, unitRows] = await Promise.all([indicatorLinkOptions(db, period.id), getUnitNames(db)]);
  const t = await getTranslations("indicatorList");
  return (
    <NewStructurePage title={t("new")} parentTitle={pick(period.name, locale)}>
      <IndicatorForm
        periodId={period.id}
        options={{
          units: unitRows.map((u) => ({ value: u.id, label: pick(u.name, locale) })),
          measures: links.measures.map((m) => ({ value: m.id, label: pick(m.title, locale) })),
          priorities: links.priorities.map((p) => ({ value: p.id, label: pick(p.title, locale) })),
          computations: [...computationKeys],
        }}
        canManage
        canPublish={canPublish}
      />
    </NewStructurePage>
  );
}
