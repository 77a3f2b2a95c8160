"use client";

import { useTranslations } from "next-intl";
import { useEffect } from "react";
import type { createProject, updateProject } from "@/app/[locale]/staff/funding/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { formatMoneyInput } from "@/lib/money";
import { Field, FormStatus, useActionForm } from "./form-kit";
import { dayInput } from "./format";

type Option = { id: string; label: string };
export type ProjectFormValues = {
  id?: string;
  version?: number;
  externalId?: string;
  name?: { fi: string; sv?: string; en?: string };
  summary?: { fi: string; sv?: string; en?: string } | null;
  acronym?: string | null;
  programmeId?: string;
  call?: string | null;
  role?: string;
  totalBudgetCents?: number | null;
  euContributionCents?: number | null;
  stateFundingCents?: number;
  ownFundingCents?: number;
  startDate?: string | null;
  endDate?: string | null;
  responsibleUnitId?: string | null;
  contactId?: string | null;
  cordisId?: string | null;
  kohesioCode?: string | null;
  decisionNumber?: string | null;
  links?: { label: string; url: string }[];
  riskLevel?: string;
  internalNotes?: string | null;
};

/** Create or edit an EU project. Money is typed as text ("1 250 000,50") and parsed exactly on the server. */
export function ProjectForm({
  action,
  values,
  locale,
  options,
  statuses,
}: {
  action: typeof createProject | typeof updateProject;
  values: ProjectFormValues;
  locale: string;
  options: { programmes: Option[]; units: Option[]; people: Option[] };
  statuses?: readonly string[];
}) {
  const t = useTranslations("funding");
  const router = useRouter();
  const { state, onSubmit, formAction, pending, msg, errors } = useActionForm(action as typeof updateProject);
  const editing = Boolean(values.id);
  useEffect(() => {
    if (state?.ok) {
      const data = state.data as { id: string };
      if (!editing) router.push(`/staff/funding/projects/${data.id}`);
      else router.refresh();
    }
  }, [state, editing, router]);
  const version = state?.ok && "version" in (state.data as object) ? (state.data as { version: number }).version : values.version;
  const money = (c: number | null | undefined) => formatMoneyInput(c ?? null, locale);
  const text = (name: string, label: string, def: string | null | undefined, hint?: string, required = false) => (
    <Field name={name} label={label} hint={hint} errors={errors(name)}>
      {(p) => <input {...p} className="field-input" defaultValue={def ?? ""} required={required} />}
    </Field>
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
      {editing ? (
        <>
          <input type="hidden" name="id" value={values.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      <FormStatus state={state} msg={msg} />
      <fieldset className="mb-6">
        <legend className="mb-2 text-heading-xs font-bold">{t("form.basics")}</legend>
        {text("nameFi", t("form.nameFi"), values.name?.fi, undefined, true)}
        {text("nameSv", t("form.nameSv"), values.name?.sv, t("form.svHint"))}
        {text("nameEn", t("form.nameEn"), values.name?.en)}
        <div className="grid gap-x-4 sm:grid-cols-2">
          {text("acronym", t("fields.acronym"), values.acronym)}
          {text("externalId", t("fields.externalId"), values.externalId, t("form.externalIdHint"), true)}
        </div>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field name="programmeId" label={t("fields.programme")} errors={errors("programmeId")}>
            {(p) => (
              <select {...p} className="field-input" defaultValue={values.programmeId ?? ""} required>
                <option value="">{t("form.choose")}</option>
                {options.programmes.map((o) => (
                  <option key={o.id} value={o.id}>{o.label}</option>
                ))}
              </select>
            )}
          </Field>
          {text("call", t("fields.call"), values.call)}
        </div>
        <div className="grid gap-x-4 sm:grid-cols-2">
          <Field name="role" label={t("fields.role")} errors={errors("role")}>
            {(p) => (
              <select {...p} className="field-input" defaultValue={values.role ?? "partner"}>
                <option value="coordinator">{t("role.coordinator")}</option>
                <option value="partner">{t("role.partner")}</option>
              </select>
            )}
          </Field>
          {statuses ? (
            <Field name="status" label={t("fields.status")} errors={errors("status")}>
              {(p) => (
                <select {...p} className="field-input" defaultValue="idea">
                  {statuses.map((s) => (
                    <option key={s} value={s}>{t(`status.${s}`)}</option>
                  ))}
                </select>
              )}
            </Field>
          ) : null}
        </div>
        {statuses ? text("statusDate", t("form.statusDate"), "", t("form.dateHint")) : null}
        <Field name="summaryFi" label={t("form.summaryFi")} errors={errors("summaryFi")}>
          {(p) => <textarea {...p} rows={3} className="field-input" defaultValue={values.summary?.fi ?? ""} />}
        </Field>
        <Field name="summarySv" label={t("form.summarySv")} errors={errors("summarySv")}>
          {(p) => <textarea {...p} rows={3} className="field-input" defaultValue={values.summary?.sv ?? ""} />}
        </Field>
        <Field name="summaryEn" label={t("form.summaryEn")} errors={errors("summaryEn")}>
          {(p) => <textarea {...p} rows={3} className="field-input" defaultValue={values.summary?.en ?? ""} />}
        </Field>
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-2 text-heading-xs font-bold">{t("form.money")}</legend>
        <p className="field-hint mb-3">{t("form.moneyHint")}</p>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {text("totalBudgetCents", t("fields.totalBudget"), money(values.totalBudgetCents))}
          {text("euContributionCents", t("fields.euContribution"), money(values.euContributionCents), t("form.euContributionHint"))}
          {text("stateFundingCents", t("fields.stateFunding"), money(values.stateFundingCents ?? 0))}
          {text("ownFundingCents", t("fields.ownFunding"), money(values.ownFundingCents ?? 0))}
        </div>
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-2 text-heading-xs font-bold">{t("form.datesAndPeople")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-2">
          {text("startDate", t("fields.startDate"), dayInput(values.startDate), t("form.dateHint"))}
          {text("endDate", t("fields.endDate"), dayInput(values.endDate), t("form.dateHint"))}
          <Field name="responsibleUnitId" label={t("fields.unit")} errors={errors("responsibleUnitId")}>
            {(p) => (
              <select {...p} className="field-input" defaultValue={values.responsibleUnitId ?? ""}>
                <option value="">{t("form.none")}</option>
                {options.units.map((o) => (
                  <option key={o.id} value={o.id}>{o.label}</option>
                ))}
              </select>
            )}
          </Field>
          <Field name="contactId" label={t("fields.contact")} errors={errors("contactId")}>
            {(p) => (
              <select {...p} className="field-input" defaultValue={values.contactId ?? ""}>
                <option value="">{t("form.none")}</option>
                {options.people.map((o) => (
                  <option key={o.id} value={o.id}>{o.label}</option>
                ))}
              </select>
            )}
          </Field>
        </div>
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-2 text-heading-xs font-bold">{t("form.identifiers")}</legend>
        <div className="grid gap-x-4 sm:grid-cols-3">
          {text("cordisId", t("fields.cordisId"), values.cordisId)}
          {text("kohesioCode", t("fields.kohesioCode"), values.kohesioCode)}
          {text("decisionNumber", t("fields.decisionNumber"), values.decisionNumber)}
        </div>
        <Field name="links" label={t("fields.links")} hint={t("form.linksHint")} errors={errors("links")}>
          {(p) => <textarea {...p} rows={3} className="field-input" defaultValue={(values.links ?? []).map((l) => `${l.label} | ${l.url}`).join("\n")} />}
        </Field>
      </fieldset>

      <fieldset className="mb-6">
        <legend className="mb-2 text-heading-xs font-bold">{t("form.internal")}</legend>
        <Field name="riskLevel" label={t("fields.riskLevel")} errors={errors("riskLevel")}>
          {(p) => (
            <select {...p} className="field-input" defaultValue={values.riskLevel ?? "low"}>
              {["low", "medium", "high"].map((r) => (
                <option key={r} value={r}>{t(`risk.${r}`)}</option>
              ))}
            </select>
          )}
        </Field>
        <Field name="internalNotes" label={t("fields.internalNotes")} hint={t("form.internalHint")} errors={errors("internalNotes")}>
          {(p) => <textarea {...p} rows={4} className="field-input" defaultValue={values.internalNotes ?? ""} />}
        </Field>
      </fieldset>
      <button type="submit" className="btn" disabled={pending}>
        {pending ? t("form.saving") : editing ? t("form.save") : t("form.create")}
      </button>
    </form>
  );
}
