import { StaffDocuments } from "@/app/[locale]/staff/documents/_components/StaffDocuments";
import { LinkedMeasuresSection } from "@/app/[locale]/staff/links/_components/LinkSections";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { FundingNav } from "@/components/funding/FundingNav";
import { ProjectFacts } from "@/components/funding/ProjectFacts";
import { ProjectHistory } from "@/components/funding/ProjectHistory";
import { nameLinkEntries } from "@/lib/links/history";
import { ProjectParts } from "@/app/[locale]/staff/funding/_components/ProjectParts";
import { ButtonForm, ReturnForm } from "@/app/[locale]/staff/funding/_components/PartForms";
import { pageHistory } from "@/db/queries/audit";
import { historyPaging } from "@/components/history/HistoryList";
import { requestedPage } from "@/lib/paging";
import { fundingFormOptions, getProjectForStaff, projectProgrammeAndUnit } from "@/db/queries/funding/projects";
import { mayEditProject } from "@/lib/funding/project-write";
import { statuses } from "@/lib/funding/rules";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { DetailPage } from "@/components/ui/DetailPage";

export default async function ProjectPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const t = await getTranslations("funding");
  const data = await getProjectForStaff(db, id);
  if (!data) notFound();
  const p = data.project;
  const [{ programme, unit }, options, history] = await Promise.all([
    projectProgrammeAndUnit(db, p),
    fundingFormOptions(db),
    pageHistory(db, [{ entityType: "euProject", entityIds: [p.id] }], { page: requestedPage((await searchParams).historyPage) }),
  ]);
  const canEdit = !p.archivedAt && mayEditProject(user, p);
  const canPublish = !p.archivedAt && can(user.role, "content.publish");
  return (
    <DetailPage
      back={{ href: "/staff/funding/projects", label: t("detail.back") }}
      title={pick(p.name, locale)}
      titleExtra={p.acronym ? <span className="ml-3 text-heading-s text-muted">{p.acronym}</span> : null}
      history={<ProjectHistory entries={await nameLinkEntries(db, history.rows, locale)} paging={historyPaging(history, `/staff/funding/projects/${p.id}`, await searchParams)} locale={locale} />}
    >
      <p className="mb-4 flex flex-wrap gap-2 text-body-s">
        <span className="bg-bus-light px-2 py-0.5 font-semibold">{t(`status.${p.status}`)}</span>
        <span className="bg-silver-light px-2 py-0.5">{t(`reviewState.${p.reviewState}`)}</span>
        <span className={`px-2 py-0.5 ${p.riskLevel === "high" ? "bg-error-light font-semibold" : "bg-silver-light"}`}>{t("detail.risk", { level: t(`risk.${p.riskLevel}`) })}</span>
        {p.isDemo ? <span className="bg-engel-light px-2 py-0.5">{t("demo")}</span> : null}
        {p.archivedAt ? <span className="bg-silver-light px-2 py-0.5">{t("detail.archived")}</span> : null}
      </p>
      <FundingNav user={user} current="other" locale={locale} />
      {p.reviewComment ? <p className="mb-4 border-l-4 border-alert-dark bg-alert-light p-2">{t("review.returnedWith", { comment: p.reviewComment })}</p> : null}
      <div className="mb-8 flex flex-wrap items-start gap-3">
        {canEdit ? (
          <Link href={`/staff/funding/projects/${p.id}/edit`} className="btn">
            {t("detail.edit")}
          </Link>
        ) : null}
        {canPublish ? <ButtonForm kind="publish" id={p.id} version={p.version} label={t("review.publish")} /> : null}
        {canPublish && can(user.role, "funding.manage") ? <ButtonForm kind="archive" id={p.id} version={p.version} label={t("review.archive")} danger /> : null}
        {p.published ? (
          <Link href={`/eu-projects/${p.id}`}>{t("review.publicPage")}</Link>
        ) : (
          <span className="field-hint">{t("review.notPublic")}</span>
        )}
      </div>
      {canPublish && p.reviewState === "pending" ? (
        <details className="mb-8">
          <summary className="cursor-pointer font-semibold">{t("review.returnTitle")}</summary>
          <ReturnForm id={p.id} version={p.version} />
        </details>
      ) : null}
      <ProjectFacts data={data} locale={locale} programme={programme} unitName={unit ? pick(unit.name, locale) : null} />
      {p.internalNotes ? (
        <section aria-labelledby="notes-title" className="mt-8 bg-fog-light p-4">
          <h2 id="notes-title" className="text-heading-xs font-bold">{t("fields.internalNotes")}</h2>
          <p className="whitespace-pre-line">{p.internalNotes}</p>
        </section>
      ) : null}
      <ProjectParts
        data={data}
        locale={locale}
        canEdit={canEdit}
        today={todayInHelsinki()}
        priorities={options.priorities.map((o) => ({ id: o.id, label: `${pick(o.title, locale)} (${pick(o.goalTitle, locale)})` }))}
        statuses={statuses}
      />
      {p.archivedAt ? null : <StaffDocuments parentKind="euProject" parentId={p.id} actor={user} locale={locale} />}
      <LinkedMeasuresSection kind="euProject" targetId={p.id} version={p.version} canEdit={canEdit} locale={locale} />
    </DetailPage>
  );
}
