"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef, type ReactNode } from "react";
import { alignProject, removeAudit, removePartner, removeReport, saveAudit, savePartner, saveReport, unalignProject } from "@/app/[locale]/staff/funding/projects/[id]/actions";
import { archiveProject, publishProject, returnProject, setProjectStatus } from "@/app/[locale]/staff/funding/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Field, FormStatus, useActionForm } from "./form-kit";
import { dayInput } from "./format";

type AnyAction = typeof alignProject;

/** A small form for one part of a project: posts with the project's id and version, refreshes the page when saved. */
function PartForm({ action, id, version, children, submit, reset = true, className }: { action: AnyAction; id: string; version: number; children: (errors: (f: string) => string[]) => ReactNode; submit: string; reset?: boolean; className?: string }) {
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const { state, onSubmit, formAction, pending, msg, errors } = useActionForm(action);
  useEffect(() => {
    if (state?.ok) {
      if (reset) ref.current?.reset();
      router.refresh();
    }
  }, [state, reset, router]);
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className={className ?? "mt-4 border border-line p-4"}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <FormStatus state={state} msg={msg} />
      {children(errors)}
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {submit}
      </button>
    </form>
  );
}

/** A one-button form (remove, publish, archive). */
export function ButtonForm({ kind, id, version, hidden, label, danger }: { kind: "unalign" | "removePartner" | "removeReport" | "removeAudit" | "publish" | "archive"; id: string; version: number; hidden?: Record<string, string>; label: string; danger?: boolean }) {
  const actions = { unalign: unalignProject, removePartner, removeReport, removeAudit, publish: publishProject, archive: archiveProject };
  const router = useRouter();
  const { state, onSubmit, formAction, pending, msg } = useActionForm(actions[kind] as AnyAction);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} onSubmit={onSubmit} className="inline">
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      {Object.entries(hidden ?? {}).map(([k, v]) => (
        <input key={k} type="hidden" name={k} value={v} />
      ))}
      <button type="submit" className={`btn ${danger ? "btn-danger" : "btn-secondary"}`} disabled={pending}>
        {label}
      </button>
      {state && !state.ok ? <FormStatus state={state} msg={msg} /> : null}
    </form>
  );
}

export function StatusForm({ id, version, statuses, current }: { id: string; version: number; statuses: readonly string[]; current: string }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={setProjectStatus as AnyAction} id={id} version={version} submit={t("statusForm.submit")}>
      {(errors) => (
        <div className="grid gap-x-4 sm:grid-cols-3">
          <Field name="status" label={t("statusForm.status")} errors={errors("status")}>
            {(p) => (
              <select {...p} className="field-input" defaultValue={current}>
                {statuses.map((s) => (
                  <option key={s} value={s}>{t(`status.${s}`)}</option>
                ))}
              </select>
            )}
          </Field>
          <Field name="changedOn" label={t("statusForm.date")} hint={t("form.dateHint")} errors={errors("changedOn")}>
            {(p) => <input {...p} className="field-input" />}
          </Field>
          <Field name="note" label={t("statusForm.note")} errors={errors("note")}>
            {(p) => <input {...p} className="field-input" />}
          </Field>
        </div>
      )}
    </PartForm>
  );
}

export function AlignForm({ id, version, priorities }: { id: string; version: number; priorities: { id: string; label: string }[] }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={alignProject} id={id} version={version} submit={t("alignForm.submit")}>
      {(errors) => (
        <>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <Field name="priorityId" label={t("alignForm.priority")} errors={errors("priorityId")}>
              {(p) => (
                <select {...p} className="field-input" defaultValue="">
                  <option value="">{t("form.choose")}</option>
                  {priorities.map((o) => (
                    <option key={o.id} value={o.id}>{o.label}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="strength" label={t("alignForm.strength")} hint={t("alignForm.strengthHint")} errors={errors("strength")}>
              {(p) => (
                <select {...p} className="field-input" defaultValue="2">
                  {[0, 1, 2, 3].map((s) => (
                    <option key={s} value={s}>{`${s} – ${t(`strength.${s}`)}`}</option>
                  ))}
                </select>
              )}
            </Field>
          </div>
          <Field name="justification" label={t("alignForm.justification")} errors={errors("justification")}>
            {(p) => <textarea {...p} rows={2} className="field-input" />}
          </Field>
        </>
      )}
    </PartForm>
  );
}

export function PartnerForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={savePartner as AnyAction} id={id} version={version} submit={t("partnerForm.submit")}>
      {(errors) => (
        <div className="grid gap-x-4 sm:grid-cols-3">
          <Field name="organisation" label={t("partnerForm.organisation")} errors={errors("organisation")}>
            {(p) => <input {...p} className="field-input" />}
          </Field>
          <Field name="country" label={t("partnerForm.country")} hint={t("partnerForm.countryHint")} errors={errors("country")}>
            {(p) => <input {...p} className="field-input" maxLength={2} />}
          </Field>
          <Field name="role" label={t("partnerForm.role")} errors={errors("role")}>
            {(p) => (
              <select {...p} className="field-input" defaultValue="partner">
                {["coordinator", "partner", "associated"].map((r) => (
                  <option key={r} value={r}>{t(`partnerRole.${r}`)}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
      )}
    </PartForm>
  );
}

export function ReportForm({ id, version, report }: { id: string; version: number; report?: { id: string; title: string; periodStart: string | null; periodEnd: string | null; dueDate: string; submittedOn: string | null; note: string | null } }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={saveReport as AnyAction} id={id} version={version} submit={report ? t("reportForm.update") : t("reportForm.submit")} reset={!report}>
      {(errors) => (
        <>
          {report ? <input type="hidden" name="reportId" value={report.id} /> : null}
          <div className="grid gap-x-4 sm:grid-cols-3">
            <Field name="title" label={t("reportForm.title")} errors={errors("title")}>
              {(p) => <input {...p} className="field-input" defaultValue={report?.title ?? ""} />}
            </Field>
            <Field name="dueDate" label={t("reportForm.due")} hint={t("form.dateHint")} errors={errors("dueDate")}>
              {(p) => <input {...p} className="field-input" defaultValue={dayInput(report?.dueDate)} />}
            </Field>
            <Field name="submittedOn" label={t("reportForm.submitted")} hint={t("form.dateHint")} errors={errors("submittedOn")}>
              {(p) => <input {...p} className="field-input" defaultValue={dayInput(report?.submittedOn)} />}
            </Field>
            <Field name="periodStart" label={t("reportForm.periodStart")} errors={errors("periodStart")}>
              {(p) => <input {...p} className="field-input" defaultValue={dayInput(report?.periodStart)} />}
            </Field>
            <Field name="periodEnd" label={t("reportForm.periodEnd")} errors={errors("periodEnd")}>
              {(p) => <input {...p} className="field-input" defaultValue={dayInput(report?.periodEnd)} />}
            </Field>
            <Field name="note" label={t("reportForm.note")} errors={errors("note")}>
              {(p) => <input {...p} className="field-input" defaultValue={report?.note ?? ""} />}
            </Field>
          </div>
        </>
      )}
    </PartForm>
  );
}

export function AuditForm({ id, version, audit }: { id: string; version: number; audit?: { id: string; auditor: string; auditDate: string; findings: string | null; followUpStatus: string; followUpDue: string | null } }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={saveAudit as AnyAction} id={id} version={version} submit={audit ? t("auditForm.update") : t("auditForm.submit")} reset={!audit}>
      {(errors) => (
        <>
          {audit ? <input type="hidden" name="auditId" value={audit.id} /> : null}
          <div className="grid gap-x-4 sm:grid-cols-2">
            <Field name="auditor" label={t("auditForm.auditor")} errors={errors("auditor")}>
              {(p) => <input {...p} className="field-input" defaultValue={audit?.auditor ?? ""} />}
            </Field>
            <Field name="auditDate" label={t("auditForm.date")} hint={t("form.dateHint")} errors={errors("auditDate")}>
              {(p) => <input {...p} className="field-input" defaultValue={dayInput(audit?.auditDate)} />}
            </Field>
            <Field name="followUpStatus" label={t("auditForm.followUp")} errors={errors("followUpStatus")}>
              {(p) => (
                <select {...p} className="field-input" defaultValue={audit?.followUpStatus ?? "open"}>
                  {["open", "in_progress", "closed"].map((s) => (
                    <option key={s} value={s}>{t(`followUp.${s}`)}</option>
                  ))}
                </select>
              )}
            </Field>
            <Field name="followUpDue" label={t("auditForm.followUpDue")} hint={t("form.dateHint")} errors={errors("followUpDue")}>
              {(p) => <input {...p} className="field-input" defaultValue={dayInput(audit?.followUpDue)} />}
            </Field>
          </div>
          <Field name="findings" label={t("auditForm.findings")} errors={errors("findings")}>
            {(p) => <textarea {...p} rows={2} className="field-input" defaultValue={audit?.findings ?? ""} />}
          </Field>
        </>
      )}
    </PartForm>
  );
}

export function ReturnForm({ id, version }: { id: string; version: number }) {
  const t = useTranslations("funding");
  return (
    <PartForm action={returnProject as AnyAction} id={id} version={version} submit={t("review.return")}>
      {(errors) => (
        <Field name="comment" label={t("review.comment")} errors={errors("comment")}>
          {(p) => <textarea {...p} rows={2} className="field-input" />}
        </Field>
      )}
    </PartForm>
  );
}
