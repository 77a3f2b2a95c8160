import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { updateProject } from "@/app/[locale]/staff/funding/actions";
import { FundingNav } from "@/components/funding/FundingNav";
import { ProjectForm } from "@/app/[locale]/staff/funding/_components/ProjectForm";
import { fundingFormOptions, getProjectForStaff } from "@/db/queries/funding/projects";
import { mayEditProject } from "@/lib/funding/project-write";
import { programmeClosed } from "@/lib/funding/rules";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";

export default async function EditProject({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id, user, db } = await staffPage(params, "staff.view", ["id"]);
  const data = await getProjectForStaff(db, id);
  if (!data || data.project.archivedAt) notFound();
  if (!mayEditProject(user, data.project)) redirect(`/${locale}/no-access`);
  const t = await getTranslations("funding");
  const options = await fundingFormOptions(db);
  const p = data.project;
  const unitChoices = can(user.role, "funding.manage") ? options.units : options.units.filter((u) => u.id === user.unitId || u.id === p.responsibleUnitId);
  return (
    <>
      <p className="mb-2">
        <Link href={`/staff/funding/projects/${p.id}`}>{t("form.backToProject")}</Link>
      </p>
      <h1 className="mb-4 text-heading-l font-bold">{t("form.editTitle", { name: pick(p.name, locale) })}</h1>
      <FundingNav user={user} current="other" locale={locale} />
      <ProjectForm
        action={updateProject}
        locale={locale}
        values={p}
        options={{
          programmes: options.programmes.filter((x) => x.active || x.id === p.programmeId).map((x) => ({ id: x.id, label: programmeClosed(x) ? t("programmes.closedLabel", { name: pick(x.name, locale), start: x.periodStart, end: x.periodEnd }) : pick(x.name, locale) })),
          units: unitChoices.map((u) => ({ id: u.id, label: pick(u.name, locale) })),
          people: options.people.map((x) => ({ id: x.id, label: x.name })),
        }}
      />
    </>
  );
}
