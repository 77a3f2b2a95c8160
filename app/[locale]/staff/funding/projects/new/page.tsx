import { getTranslations } from "next-intl/server";
import { createProject } from "@/app/[locale]/staff/funding/actions";
import { FundingNav } from "@/components/funding/FundingNav";
import { ProjectForm } from "@/app/[locale]/staff/funding/_components/ProjectForm";
import { getDb } from "@/db/client";
import { fundingFormOptions } from "@/db/queries/funding/projects";
import { programmeClosed, statuses } from "@/lib/funding/rules";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { redirect } from "next/navigation";
import { staffPage } from "@/lib/auth/staff-page";

export default async function NewProject({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user } = await staffPage(params, "staff.view");
  if (!can(user.role, "funding.manage") && !can(user.role, "funding.editOwn")) redirect(`/${locale}/no-access`);
  const t = await getTranslations("funding");
  const options = await fundingFormOptions(await getDb());
  // Editors create projects of their own unit only.
  const unitChoices = can(user.role, "funding.manage") ? options.units : options.units.filter((u) => u.id === user.unitId);
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("form.newTitle")}</h1>
      <FundingNav user={user} current="new" locale={locale} />
      <ProjectForm
        action={createProject}
        locale={locale}
        statuses={statuses}
        values={{ responsibleUnitId: user.unitId, role: "partner", riskLevel: "low" }}
        options={{
          programmes: options.programmes.filter((p) => p.active).map((p) => ({ id: p.id, label: programmeClosed(p) ? t("programmes.closedLabel", { name: pick(p.name, locale), start: p.periodStart, end: p.periodEnd }) : pick(p.name, locale) })),
          units: unitChoices.map((u) => ({ id: u.id, label: pick(u.name, locale) })),
          people: options.people.map((p) => ({ id: p.id, label: p.name })),
        }}
      />
    </>
  );
}
