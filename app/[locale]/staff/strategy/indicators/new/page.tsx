import { and, eq, isNull } from "drizzle-orm";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { IndicatorForm } from "@/app/[locale]/staff/strategy/_components/IndicatorForm";
import { NewStructurePage } from "@/components/strategy/NewStructurePage";
import { getDb } from "@/db/client";
import { getUnitNames } from "@/db/queries/strategy/public";
import { indicatorLinkOptions } from "@/db/queries/strategy/staff-indicators";
import { strategyPeriods } from "@/db/schema";
import { requirePage } from "@/lib/auth/guards";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { computationKeys } from "@/lib/strategy/computed";

export default async function NewIndicatorPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ period?: string }> }) {
  const { locale } = await params;
  const { period: periodId } = await searchParams;
  setRequestLocale(locale);
  const user = await requirePage(locale, "strategy.manage");
  if (!periodId || !/^[0-9a-f-]{36}$/i.test(periodId)) notFound();
  const db = await getDb();
  const [period] = await db.select().from(strategyPeriods).where(and(eq(strategyPeriods.id, periodId), isNull(strategyPeriods.archivedAt)));
  if (!period) notFound();
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
        canPublish={can(user.role, "content.publish")}
      />
    </NewStructurePage>
  );
}
