"use client";

import { useTranslations } from "next-intl";
import { createIndicator, deletePoint, savePoint, updateIndicator } from "@/app/[locale]/staff/strategy/indicators/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { CheckboxGroup, ItemVersion, LocalizedFields, PublishButtons, SelectField, TextField, VisibilityField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { useCreateOrEditForm } from "@/components/ui/form/useCreateOrEditForm";
import { useMessageText } from "@/components/ui/form/useActionMessages";
import type { LocalizedText } from "@/db/schema/common";

type Option = { value: string; label: string };
export type IndicatorValues = {
  id: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText | null;
  unit: LocalizedText;
  decimals: number;
  responsibleUnitId: string | null;
  visibility: "public" | "internal";
  measureIds: string[];
  priorityIds: string[];
  source: "manual" | "computed" | "external";
  computation: string | null;
  sourceName: string | null;
  sourceUrl: string | null;
  direction: "up" | "down" | "keep" | null;
  baselineValue: string | null;
  baselineDate: string | null;
  nextDueDate: string | null;
  cadence: "monthly" | "quarterly" | "yearly" | null;
};

/** A stored numeric(20,4) without its trailing zeros ("12.5000" → "12.5"), as staff typed it. */
const trimDecimal = (v: string | null | undefined) => (v ? v.replace(/(\.\d*?)0+$/, "$1").replace(/\.$/, "") : "");

/** Create or edit an indicator: texts, unit, what it is linked to. */
export function IndicatorForm({
  indicator,
  periodId,
  options,
  canManage,
  canPublish,
}: {
  indicator?: IndicatorValues;
  periodId?: string;
  options: { units: Option[]; measures: Option[]; priorities: Option[]; computations: string[] };
  canManage: boolean;
  canPublish: boolean;
}) {
  const t = useTranslations("indicatorForm");
  const { state, pending, onSubmit } = useCreateOrEditForm(indicator, { create: createIndicator, update: updateIndicator }, (id) => `/staff/strategy/indicators/${id}`);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
      <ActionFormBody state={state} successText={indicator ? t("saved") : undefined}>
        <ItemVersion item={indicator} />
        {indicator ? null : <input type="hidden" name="periodId" value={periodId} />}
        <LocalizedFields base="title" legend={t("title")} defaults={indicator?.title} required />
        <LocalizedFields base="description" legend={t("description")} defaults={indicator?.description} multiline />
        <LocalizedFields base="unit" legend={t("unit")} hint={t("unitHint")} defaults={indicator?.unit} required />
        <div className="grid gap-4 sm:grid-cols-3">
          <TextField name="decimals" label={t("decimals")} defaultValue={indicator?.decimals ?? 0} inputMode="numeric" required />
          {canManage ? (
            <SelectField name="responsibleUnitId" label={t("responsibleUnit")} defaultValue={indicator?.responsibleUnitId ?? ""} options={[{ value: "", label: t("choose") }, ...options.units]} required />
          ) : (
            <input type="hidden" name="responsibleUnitId" value={indicator?.responsibleUnitId ?? ""} />
          )}
          <VisibilityField label={t("visibility")} defaultValue={indicator?.visibility ?? "public"} labels={{ public: t("public"), internal: t("internal") }} />
        </div>
        <fieldset className="flex flex-col gap-4">
          <legend className="mb-2 text-heading-xs font-bold">{t("sourceLegend")}</legend>
          <div className="grid gap-4 sm:grid-cols-2">
            <SelectField
              name="source"
              label={t("source")}
              defaultValue={indicator?.source ?? "manual"}
              options={[
                { value: "manual", label: t("sourceManual") },
                { value: "computed", label: t("sourceComputed") },
                { value: "external", label: t("sourceExternal") },
              ]}
            />
            <SelectField
              name="computation"
              label={t("computation")}
              hint={t("computationHint")}
              defaultValue={indicator?.computation ?? ""}
              options={[{ value: "", label: t("choose") }, ...options.computations.map((key) => ({ value: key, label: t(`computations.${key}` as "computations.euSecuredPerYear") }))]}
            />
            <TextField name="sourceName" label={t("sourceName")} defaultValue={indicator?.sourceName ?? ""} />
            <TextField name="sourceUrl" label={t("sourceUrl")} defaultValue={indicator?.sourceUrl ?? ""} />
            <SelectField
              name="direction"
              label={t("direction")}
              defaultValue={indicator?.direction ?? ""}
              options={[
                { value: "", label: t("directionNone") },
                { value: "up", label: t("directionUp") },
                { value: "down", label: t("directionDown") },
                { value: "keep", label: t("directionKeep") },
              ]}
            />
          </div>
          <div className="grid gap-4 sm:grid-cols-2">
            <TextField name="baselineValue" label={t("baselineValue")} hint={t("baselineHint")} defaultValue={trimDecimal(indicator?.baselineValue)} inputMode="decimal" />
            <TextField name="baselineDate" label={t("baselineDate")} hint={t("dateHint")} defaultValue={indicator?.baselineDate ?? ""} />
            <TextField name="nextDueDate" label={t("nextDueDate")} hint={t("nextDueHint")} defaultValue={indicator?.nextDueDate ?? ""} />
            <SelectField
              name="cadence"
              label={t("cadence")}
              defaultValue={indicator?.cadence ?? ""}
              options={[
                { value: "", label: t("cadenceNone") },
                { value: "monthly", label: t("cadenceMonthly") },
                { value: "quarterly", label: t("cadenceQuarterly") },
                { value: "yearly", label: t("cadenceYearly") },
              ]}
            />
          </div>
        </fieldset>
        <CheckboxGroup name="priorityIds" legend={t("priorities")} options={options.priorities} defaultValues={indicator?.priorityIds ?? []} />
        <CheckboxGroup name="measureIds" legend={t("measures")} options={options.measures} defaultValues={indicator?.measureIds ?? []} />
        <PublishButtons canPublish={canPublish} pending={pending} saveLabel={canPublish ? t("saveDraft") : t("saveForReview")} publishLabel={t("saveAndPublish")} saveField={{ name: "intent", value: "save" }} />
      </ActionFormBody>
    </form>
  );
}

/** Add a value or a target for a date (the same date again replaces it). */
export function PointForm({ indicatorId }: { indicatorId: string }) {
  const t = useTranslations("indicatorForm");
  const { state, pending, onSubmit } = useActionForm(savePoint, { onSuccess: (_d, form) => form?.reset() });
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-3xl">
      <ActionFormBody state={state} successText={t("pointSaved")}>
        <input type="hidden" name="indicatorId" value={indicatorId} />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField
            name="kind"
            label={t("kind")}
            defaultValue="actual"
            options={[
              { value: "actual", label: t("actual") },
              { value: "target", label: t("target") },
            ]}
          />
          <TextField name="date" label={t("date")} hint={t("dateHint")} required />
          <TextField name="value" label={t("value")} hint={t("valueHint")} inputMode="decimal" required />
        </div>
        <button type="submit" className="btn mt-3" disabled={pending}>
          {t("addPoint")}
        </button>
      </ActionFormBody>
    </form>
  );
}

/** Remove one value or target. */
export function DeletePointButton({ id, label, short }: { id: string; label: string; short: string }) {
  const { state, pending, onSubmit } = useActionForm(deletePoint);
  const text = useMessageText();
  return (
    <form onSubmit={onSubmit} className="inline">
      <input type="hidden" name="id" value={id} />
      <button type="submit" className="btn btn-secondary min-h-0 px-2 py-0" disabled={pending} aria-label={label}>
        {short}
      </button>
      {state && !state.ok ? <span role="alert" className="field-error">{text(state.message)}</span> : null}
    </form>
  );
}
