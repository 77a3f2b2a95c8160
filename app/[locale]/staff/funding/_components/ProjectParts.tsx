import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import type { StaffProject } from "@/db/queries/funding/projects";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { AlignForm, AuditForm, ButtonForm, PartnerForm, ReportForm, StatusForm } from "./PartForms";
import { formatDay } from "@/lib/dates";
import { Table } from "@/components/ui/Table";

const th = "p-2";

/** A report's or an audit's edit form and its remove button, folded under its line. */
function EditPart({ summary, form, remove }: { summary: string; form: ReactNode; remove: ReactNode }) {
  return (
    <details className="mt-1">
      <summary className="cursor-pointer">{summary}</summary>
      {form}
      <div className="mt-2">{remove}</div>
    </details>
  );
}

/** Alignment, status history, consortium, reports and audits of a project, each with its form for those who may edit. */
export async function ProjectParts({ data, locale, canEdit, today, priorities, statuses }: { data: StaffProject; locale: Locale; canEdit: boolean; today: string; priorities: { id: string; label: string }[]; statuses: readonly string[] }) {
  const t = await getTranslations("funding");
  const p = data.project;
  const linked = data.alignments.filter((a) => a.strength >= 1);
  // The tables' last column: the remove button, for those who may edit.
  const actions = canEdit ? [t("detail.actions")] : [];
  const remove = (kind: "unalign" | "removePartner" | "removeReport" | "removeAudit", hidden: Record<string, string>) => <ButtonForm kind={kind} id={p.id} version={p.version} hidden={hidden} label={t("detail.remove")} />;
  return (
    <>
      <section aria-labelledby="align-title" className="mt-10">
        <h2 id="align-title" className="mb-2 text-heading-s font-bold">{t("detail.alignment")}</h2>
        {linked.length === 0 ? <p className="mb-2 border-l-4 border-error bg-error-light p-2 font-semibold">{t("detail.unaligned")}</p> : null}
        {data.alignments.length ? (
          <Table caption={t("detail.alignment")} head={[t("alignForm.priority"), t("alignForm.strength"), t("alignForm.justification"), ...actions]}>
            {data.alignments.map((a) => (
              <tr key={a.priorityId} className="border-b border-line align-top">
                <th scope="row" className={`${th} font-normal`}>
                  {pick(a.title, locale)} <span className="field-hint">({pick(a.goalTitle, locale)})</span>
                </th>
                <td className={th}>{`${a.strength} – ${t(`strength.${a.strength}`)}`}</td>
                <td className={th}>{a.justification}</td>
                {canEdit ? (
                  <td className={th}>
                    {remove("unalign", { priorityId: a.priorityId })}
                  </td>
                ) : null}
              </tr>
            ))}
          </Table>
        ) : null}
        {canEdit ? <AlignForm id={p.id} version={p.version} priorities={priorities} /> : null}
      </section>

      <section aria-labelledby="status-title" className="mt-10">
        <h2 id="status-title" className="mb-2 text-heading-s font-bold">{t("detail.statusHistory")}</h2>
        <ol className="list-decimal pl-6">
          {data.history.map((h) => (
            <li key={h.id}>
              {formatDay(h.changedOn, locale)}: <strong>{t(`status.${h.status}`)}</strong>
              {h.note ? ` – ${h.note}` : ""}
            </li>
          ))}
        </ol>
        {canEdit ? <StatusForm id={p.id} version={p.version} statuses={statuses} current={p.status} /> : null}
      </section>

      <section aria-labelledby="partners-title" className="mt-10">
        <h2 id="partners-title" className="mb-2 text-heading-s font-bold">{t("detail.partners")}</h2>
        {data.partners.length === 0 ? <p>{t("detail.noPartners")}</p> : (
          <Table caption={t("detail.partners")} head={[t("partnerForm.organisation"), t("partnerForm.country"), t("partnerForm.role"), ...actions]}>
            {data.partners.map((x) => (
              <tr key={x.id} className="border-b border-line">
                <th scope="row" className={`${th} font-normal`}>{x.organisation}</th>
                <td className={th}>{x.country}</td>
                <td className={th}>{t.has(`partnerRole.${x.role}`) ? t(`partnerRole.${x.role}`) : x.role}</td>
                {canEdit ? (
                  <td className={th}>
                    {remove("removePartner", { partnerId: x.id })}
                  </td>
                ) : null}
              </tr>
            ))}
          </Table>
        )}
        {canEdit ? <PartnerForm id={p.id} version={p.version} /> : null}
      </section>

      <section aria-labelledby="reports-title" className="mt-10">
        <h2 id="reports-title" className="mb-2 text-heading-s font-bold">{t("detail.reports")}</h2>
        {data.reports.length === 0 ? <p>{t("detail.noReports")}</p> : (
          <ul className="divide-y divide-line border-y border-line">
            {data.reports.map((r) => {
              const overdue = !r.submittedOn && r.dueDate < today;
              return (
                <li key={r.id} className={`p-2 ${overdue ? "bg-error-light" : ""}`}>
                  <strong>{r.title}</strong> – {t("detail.due", { date: formatDay(r.dueDate, locale) })}
                  {r.submittedOn ? ` · ${t("detail.submitted", { date: formatDay(r.submittedOn, locale) })}` : ""}
                  {overdue ? <strong className="ml-2">{t("deadlines.overdue")}</strong> : null}
                  {r.note ? <p className="text-body-s">{r.note}</p> : null}
                  {canEdit ? <EditPart summary={t("detail.editReport")} form={<ReportForm id={p.id} version={p.version} report={r} />} remove={remove("removeReport", { reportId: r.id })} /> : null}
                </li>
              );
            })}
          </ul>
        )}
        {canEdit ? <ReportForm id={p.id} version={p.version} /> : null}
      </section>

      <section aria-labelledby="audits-title" className="mt-10">
        <h2 id="audits-title" className="mb-2 text-heading-s font-bold">{t("detail.audits")}</h2>
        {data.audits.length === 0 ? <p>{t("detail.noAudits")}</p> : (
          <ul className="divide-y divide-line border-y border-line">
            {data.audits.map((a) => {
              const open = a.followUpStatus !== "closed";
              return (
                <li key={a.id} className={`p-2 ${open ? "bg-alert-light" : ""}`}>
                  <strong>{a.auditor}</strong> – {formatDay(a.auditDate, locale)} · {t(`followUp.${a.followUpStatus}`)}
                  {a.followUpDue ? ` · ${t("detail.followUpDue", { date: formatDay(a.followUpDue, locale) })}` : ""}
                  {open ? <strong className="ml-2">{t("detail.openFinding")}</strong> : null}
                  {a.findings ? <p className="text-body-s">{a.findings}</p> : null}
                  {canEdit ? <EditPart summary={t("detail.editAudit")} form={<AuditForm id={p.id} version={p.version} audit={a} />} remove={remove("removeAudit", { auditId: a.id })} /> : null}
                </li>
              );
            })}
          </ul>
        )}
        {canEdit ? <AuditForm id={p.id} version={p.version} /> : null}
      </section>
    </>
  );
}
