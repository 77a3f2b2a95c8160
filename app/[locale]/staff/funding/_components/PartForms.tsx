"use client";

import { useTranslations } from "next-intl";
import type { ReactNode } from "react";
import { alignProject, removeAudit, removePartner, removeReport, saveAudit, savePartner, saveReport, unalignProject } from "@/app/[locale]/staff/funding/projects/[id]/actions";
import { archiveProject, publishProject, returnProject, setProjectStatus } from "@/app/[locale]/staff/funding/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { SelectField, TextArea, TextField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { dayInput } from "@/lib/dates";
import { followUpStatuses, partnerRoles } from "@/lib/funding/vocabulary";

type AnyAction = typeof alignProject;

/** A small form for one part of a project: posts with the project's id and version, refreshes the page when saved. */
function PartForm({ action, id, version, children, submit, reset = true, className }: { action: AnyAction; id: string; version: number; children: ReactNode; submit: string; reset?: boolean; className?: string }) {
  const t = useTranslations("common");
  const { state, onSubmit, formAction, pending } = useActionForm(action, {
    onSuccess: (_data, form) => {
      if (reset) form?.reset();
    },
  });
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className={className ?? "mt-4 border border-line p-4"}>
      <ActionFormBody state={state} successText={t("saved")}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        {children}
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          {submit}
        </button>
      </ActionFormBody>
    </form>
  );
}

/** A one-button form (remove, publish, archive). */
export function ButtonForm({ kind, id, version, hidden, label, danger }: { kind: "unalign" | "removePartner" | "removeReport" | "removeAudit" | "publish" | "archive"; id: string; version: number; hidden?: Record<string, string>; label: string; danger?: boolean }) {
  const actions = { unalign: unalignProject, removePartner, removeReport, removeAudit, publish: publishProject, archive: archiveProject };
  const { state, onSubmit, formAction, pending } = useActionForm(actions[kind] as AnyAction);
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline">
      <ActionFormBody state={state}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        {Object.entries(hidden ?? {}).map(([k, v]) => (
          <input key={k} type="hidden" name={k} value={v} />
        ))}
        <button type="submit" className={`btn ${danger ? "btn-danger" : "btn-secondary"}`} disabled={pending}>
          {label}
        </button>
      </ActionFormBody>
    </form>
  );
}

const cell = "mb-4";

export function StatusForm({ id, version, statuses, current }: { id: string; version: number; statuses: readonly string[]; current: string }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={setProjectStatus as AnyAction} id={id} version={version} submit={t("statusForm.submit")}>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <SelectField className={cell} name="status" label={t("statusForm.status")} defaultValue={current} options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} />
        <TextField className={cell} name="changedOn" label={t("statusForm.date")} hint={t("form.dateHint")} />
        <TextField className={cell} name="note" label={t("statusForm.note")} />
      </div>
    </PartForm>
  );
}

export function AlignForm({ id, version, priorities }: { id: string; version: number; priorities: { id: string; label: string }[] }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={alignProject} id={id} version={version} submit={t("alignForm.submit")}>
      <div className="grid gap-x-4 sm:grid-cols-2">
        <SelectField className={cell} name="priorityId" label={t("alignForm.priority")} empty={t("form.choose")} options={priorities.map((o) => ({ value: o.id, label: o.label }))} />
        <SelectField
          className={cell}
          name="strength"
          label={t("alignForm.strength")}
          hint={t("alignForm.strengthHint")}
          defaultValue="2"
          options={[0, 1, 2, 3].map((s) => ({ value: String(s), label: `${s} – ${t(`strength.${s}`)}` }))}
        />
      </div>
      <TextArea className={cell} name="justification" label={t("alignForm.justification")} rows={2} />
    </PartForm>
  );
}

export function PartnerForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={savePartner as AnyAction} id={id} version={version} submit={t("partnerForm.submit")}>
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField className={cell} name="organisation" label={t("partnerForm.organisation")} />
        <TextField className={cell} name="country" label={t("partnerForm.country")} hint={t("partnerForm.countryHint")} maxLength={2} />
        <SelectField className={cell} name="role" label={t("partnerForm.role")} defaultValue="partner" options={partnerRoles.map((r) => ({ value: r, label: t(`partnerRole.${r}`) }))} />
      </div>
    </PartForm>
  );
}

export function ReportForm({ id, version, report }: { id: string; version: number; report?: { id: string; title: string; periodStart: string | null; periodEnd: string | null; dueDate: string; submittedOn: string | null; note: string | null } }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={saveReport as AnyAction} id={id} version={version} submit={report ? t("reportForm.update") : t("reportForm.submit")} reset={!report}>
      {report ? <input type="hidden" name="reportId" value={report.id} /> : null}
      <div className="grid gap-x-4 sm:grid-cols-3">
        <TextField className={cell} name="title" label={t("reportForm.title")} defaultValue={report?.title} />
        <TextField className={cell} name="dueDate" label={t("reportForm.due")} hint={t("form.dateHint")} defaultValue={dayInput(report?.dueDate)} />
        <TextField className={cell} name="submittedOn" label={t("reportForm.submitted")} hint={t("form.dateHint")} defaultValue={dayInput(report?.submittedOn)} />
        <TextField className={cell} name="periodStart" label={t("reportForm.periodStart")} defaultValue={dayInput(report?.periodStart)} />
        <TextField className={cell} name="periodEnd" label={t("reportForm.periodEnd")} defaultValue={dayInput(report?.periodEnd)} />
        <TextField className={cell} name="note" label={t("reportForm.note")} defaultValue={report?.note} />
      </div>
    </PartForm>
  );
}

export function AuditForm({ id, version, audit }: { id: string; version: number; audit?: { id: string; auditor: string; auditDate: string; findings: string | null; followUpStatus: string; followUpDue: string | null } }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={saveAudit as AnyAction} id={id} version={version} submit={audit ? t("auditForm.update") : t("auditForm.submit")} reset={!audit}>
      {audit ? <input type="hidden" name="auditId" value={audit.id} /> : null}
      <div className="grid gap-x-4 sm:grid-cols-2">
        <TextField className={cell} name="auditor" label={t("auditForm.auditor")} defaultValue={audit?.auditor} />
        <TextField className={cell} name="auditDate" label={t("auditForm.date")} hint={t("form.dateHint")} defaultValue={dayInput(audit?.auditDate)} />
        <SelectField
          className={cell}
          name="followUpStatus"
          label={t("auditForm.followUp")}
          defaultValue={audit?.followUpStatus ?? "open"}
          options={followUpStatuses.map((s) => ({ value: s, label: t(`followUp.${s}`) }))}
        />
        <TextField className={cell} name="followUpDue" label={t("auditForm.followUpDue")} hint={t("form.dateHint")} defaultValue={dayInput(audit?.followUpDue)} />
      </div>
      <TextArea className={cell} name="findings" label={t("auditForm.findings")} defaultValue={audit?.findings} rows={2} />
    </PartForm>
  );
}

export function ReturnForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={returnProject as AnyAction} id={id} version={version} submit={t("review.return")}>
      <TextArea className={cell} name="comment" label={t("review.comment")} rows={2} />
    </PartForm>
  );
}
