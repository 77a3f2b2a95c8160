import { getTranslations } from "next-intl/server";
import { MeasureForm } from "@/app/[locale]/staff/strategy/_components/MeasureForm";
import { getMeasureFormOptions } from "@/db/queries/strategy/staff-measure";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { newItemPage } from "@/lib/strategy/new-item-page";

/** A new measure under a goal (coordinators and admins). */
export default async function NewMeasurePage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ goal?: string }> }) {
  const { locale, db, parent: goal, canPublish } = await newItemPage(params, searchParams, "goal");
  const options = await getMeasureFormOptions(db, goal.periodId);
  const t = await getTranslations("measurePage");
  return (
    <>
      <nav aria-label={t("breadcrumbs")} className="mb-4 text-body-s">
        <Link href="/staff/strategy">{t("strategy")}</Link> › <Link href={`/staff/strategy/tree#goal-${goal.id}`}>{pick(goal.title, locale)}</Link>
      </nav>
      <h1 className="mb-6 text-heading-l font-bold">{t("newTitle")}</h1>
      <MeasureForm
        goalId={goal.id}
        options={{
          goals: options.goals.map((g) => ({ value: g.id, label: pick(g.title, locale) })),
          priorities: options.priorities.map((p) => ({ value: p.id, label: `${pick(p.title, locale)} (${pick(options.goals.find((g) => g.id === p.goalId)?.title, locale)})` })),
          units: options.units.map((u) => ({ value: u.id, label: pick(u.name, locale) })),
          staff: options.staff.map((s) => ({ value: s.id, label: s.name })),
        }}
        canManage
        canPublish={canPublish}
      />
    </>
  );
}
