"use client";

import { useTranslations } from "next-intl";
import type { createProject, updateProject } from "@/app/[locale]/staff/funding/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { ItemVersion, SelectField, TextArea, TextField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { useRouter } from "@/lib/i18n/navigation";
import { euProjectRoles, riskLevels } from "@/lib/funding/vocabulary";
import { formatMoneyInput } from "@/lib/money";
import { toInputValue, type Precision } from "@/lib/strategy/dates";

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
  stateFundingCents?: number | null;
  ownFundingCents?: number | null;
  startDate?: string | null;
  startPrecision?: Precision;
  endDate?: string | null;
  endPrecision?: Precision;
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
  const tCommon = useTranslations("common");
  const router = useRouter();
  const editing = Boolean(values.id);
  const { state, onSubmit, formAction, pending } = useActionForm(action as typeof updateProject, {
    onSuccess: (data) => {
      if (editing) return;
      router.push(`/staff/funding/projects/${(data as unknown as { id: string }).id}`);
      return "navigated";
    },
  });
  const version = state?.ok && "version" in (state.data as object) ? (state.data as { version: number }).version : values.version;
  const money = (c: number | null | undefined) => formatMoneyInput(c ?? null, locale);
  const choices = (list: Option[]) => list.map((o) => ({ value: o.id, label: o.label }));
  const text = (name: string, label: string, def: string | null | undefined, hint?: string, required = false) => (
    <TextField className="mb-4" name={name} label={label} hint={hint} defaultValue={def} required={required} />
  );
  const area = (name: string, label: string, def: string | null | undefined, rows: number, hint?: string) => (
    <TextArea className="mb-4" name={name} label={label} hint={hint} defaultValue={def} rows={rows} />
  );
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-3xl">
      <ActionFormBody state={state} successText={tCommon("saved")}>
        <ItemVersion item={values.id && version ? { id: values.id, version } : null} />
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
            <SelectField className="mb-4" name="programmeId" label={t("fields.programme")} required defaultValue={values.programmeId} empty={t("form.choose")} options={choices(options.programmes)} />
            {text("call", t("fields.call"), values.call)}
          </div>
          <div className="grid gap-x-4 sm:grid-cols-2">
            <SelectField
              className="mb-4"
              name="role"
              label={t("fields.role")}
              defaultValue={values.role ?? "partner"}
              options={euProjectRoles.map((r) => ({ value: r, label: t(`role.${r}`) }))}
            />
            {statuses ? <SelectField className="mb-4" name="status" label={t("fields.status")} defaultValue="idea" options={statuses.map((s) => ({ value: s, label: t(`status.${s}`) }))} /> : null}
          </div>
          {statuses ? text("statusDate", t("form.statusDate"), "", t("form.dateHint")) : null}
          {area("summaryFi", t("form.summaryFi"), values.summary?.fi, 3)}
          {area("summarySv", t("form.summarySv"), values.summary?.sv, 3)}
          {area("summaryEn", t("form.summaryEn"), values.summary?.en, 3)}
        </fieldset>

        <fieldset className="mb-6">
          <legend className="mb-2 text-heading-xs font-bold">{t("form.money")}</legend>
          <p className="field-hint mb-3">{t("form.moneyHint")}</p>
          <div className="grid gap-x-4 sm:grid-cols-2">
            {text("totalBudgetCents", t("fields.totalBudget"), money(values.totalBudgetCents))}
            {text("euContributionCents", t("fields.euContribution"), money(values.euContributionCents), t("form.euContributionHint"))}
            {text("stateFundingCents", t("fields.stateFunding"), money(values.stateFundingCents))}
            {text("ownFundingCents", t("fields.ownFunding"), money(values.ownFundingCents))}
          </div>
        </fieldset>

        <fieldset className="mb-6">
          <legend className="mb-2 text-heading-xs font-bold">{t("form.datesAndPeople")}</legend>
          <div className="grid gap-x-4 sm:grid-cols-2">
            {text("startDate", t("fields.startDate"), toInputValue(values.startDate, values.startPrecision ?? "day"), t("form.flexibleDateHint"))}
            {text("endDate", t("fields.endDate"), toInputValue(values.endDate, values.endPrecision ?? "day"), t("form.flexibleDateHint"))}
            <SelectField className="mb-4" name="responsibleUnitId" label={t("fields.unit")} defaultValue={values.responsibleUnitId} empty={t("form.none")} options={choices(options.units)} />
            <SelectField className="mb-4" name="contactId" label={t("fields.contact")} defaultValue={values.contactId} empty={t("form.none")} options={choices(options.people)} />
          </div>
        </fieldset>

        <fieldset className="mb-6">
          <legend className="mb-2 text-heading-xs font-bold">{t("form.identifiers")}</legend>
          <div className="grid gap-x-4 sm:grid-cols-3">
            {text("cordisId", t("fields.cordisId"), values.cordisId)}
            {text("kohesioCode", t("fields.kohesioCode"), values.kohesioCode)}
            {text("decisionNumber", t("fields.decisionNumber"), values.decisionNumber)}
          </div>
          {area("links", t("fields.links"), (values.links ?? []).map((l) => `${l.label} | ${l.url}`).join("\n"), 3, t("form.linksHint"))}
        </fieldset>

        <fieldset className="mb-6">
          <legend className="mb-2 text-heading-xs font-bold">{t("form.internal")}</legend>
          <SelectField className="mb-4" name="riskLevel" label={t("fields.riskLevel")} defaultValue={values.riskLevel ?? "low"} options={riskLevels.map((r) => ({ value: r, label: t(`risk.${r}`) }))} />
          {area("internalNotes", t("fields.internalNotes"), values.internalNotes, 4, t("form.internalHint"))}
        </fieldset>
        <button type="submit" className="btn" disabled={pending}>
          {pending ? t("form.saving") : editing ? t("form.save") : t("form.create")}
        </button>
      </ActionFormBody>
    </form>
  );
}
