"use client";

import { useTranslations } from "next-intl";
import { createMeasure, updateMeasure } from "@/app/[locale]/staff/strategy/measures/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { CheckboxGroup, ItemVersion, LocalizedFields, PublishButtons, SelectField, TextArea, TextField, VisibilityField } from "@/components/ui/form/Fields";
import { useCreateOrEditForm } from "@/components/ui/form/useCreateOrEditForm";
import type { LocalizedText } from "@/db/schema/common";
import { toInputValue, type Precision } from "@/lib/strategy/dates";

export type MeasureFormValues = {
  id: string;
  version: number;
  title: LocalizedText;
  description: LocalizedText | null;
  status: string;
  progress: number;
  startDate: string | null;
  startPrecision: Precision;
  dueDate: string | null;
  duePrecision: Precision;
  goalId: string;
  responsibleUnitId: string | null;
  priorityIds: string[];
  contactIds: string[];
  weight: number;
  visibility: "public" | "internal";
  internalNotes: string | null;
};

type Option = { value: string; label: string };
export type MeasureFormOptions = { goals: Option[]; priorities: Option[]; units: Option[]; staff: Option[] };

const STATUSES = ["not_started", "on_schedule", "late", "completed", "cancelled", "postponed"];

/**
 * Create or edit a measure. Editors see the structural fields (goal, unit,
 * weight, priorities) as text: only coordinators change them. The version
 * the form was based on travels with it.
 */
export function MeasureForm({
  measure,
  goalId,
  options,
  canManage,
  canPublish,
}: {
  measure?: MeasureFormValues;
  goalId?: string;
  options: MeasureFormOptions;
  canManage: boolean;
  canPublish: boolean;
}) {
  const t = useTranslations("measureForm");
  const tStatus = useTranslations("status");
  const { state, pending, onSubmit } = useCreateOrEditForm(measure, { create: createMeasure, update: updateMeasure }, (id) => `/staff/strategy/measures/${id}`);
  const labelOf = (list: Option[], id: string | null | undefined) => list.find((o) => o.value === id)?.label ?? "–";
  const locked = !canManage;
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
      <ActionFormBody state={state} successText={measure ? t("saved") : undefined}>
        <ItemVersion item={measure} />
        <LocalizedFields base="title" legend={t("title")} defaults={measure?.title} required />
        <LocalizedFields base="description" legend={t("description")} defaults={measure?.description} multiline />
        <div className="grid gap-4 sm:grid-cols-2">
          <SelectField
            name="status"
            label={t("status")}
            defaultValue={measure?.status ?? "not_started"}
            options={STATUSES.map((s) => ({ value: s, label: tStatus(s) }))}
            required
          />
          <TextField name="progress" label={t("progress")} hint={t("progressHint")} defaultValue={measure?.progress ?? 0} inputMode="numeric" required />
          <TextField name="startDate" label={t("startDate")} hint={t("dateHint")} defaultValue={toInputValue(measure?.startDate, measure?.startPrecision ?? "day")} />
          <TextField name="dueDate" label={t("dueDate")} hint={t("dateHint")} defaultValue={toInputValue(measure?.dueDate, measure?.duePrecision ?? "day")} />
        </div>
        {locked && measure ? (
          <div className="border-2 border-line p-4">
            <p className="field-hint mb-2">{t("lockedHint")}</p>
            <dl className="grid gap-2 sm:grid-cols-2">
              <div>
                <dt className="font-semibold">{t("goal")}</dt>
                <dd>{labelOf(options.goals, measure.goalId)}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t("unit")}</dt>
                <dd>{labelOf(options.units, measure.responsibleUnitId)}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t("weight")}</dt>
                <dd>{measure.weight}</dd>
              </div>
              <div>
                <dt className="font-semibold">{t("priorities")}</dt>
                <dd>{measure.priorityIds.map((id) => labelOf(options.priorities, id)).join("; ")}</dd>
              </div>
            </dl>
            <input type="hidden" name="goalId" value={measure.goalId} />
            <input type="hidden" name="responsibleUnitId" value={measure.responsibleUnitId ?? ""} />
            <input type="hidden" name="weight" value={measure.weight} />
            {measure.priorityIds.map((id) => (
              <input key={id} type="hidden" name="priorityIds[]" value={id} />
            ))}
          </div>
        ) : (
          <>
            <div className="grid gap-4 sm:grid-cols-2">
              <SelectField name="goalId" label={t("goal")} defaultValue={measure?.goalId ?? goalId} options={options.goals} required />
              <SelectField
                name="responsibleUnitId"
                label={t("unit")}
                defaultValue={measure?.responsibleUnitId ?? ""}
                options={[{ value: "", label: t("choose") }, ...options.units]}
                required
              />
              <TextField name="weight" label={t("weight")} hint={t("weightHint")} defaultValue={measure?.weight ?? 1} inputMode="numeric" required />
            </div>
            <CheckboxGroup name="priorityIds" legend={t("priorities")} hint={t("prioritiesHint")} options={options.priorities} defaultValues={measure?.priorityIds ?? []} />
          </>
        )}
        <CheckboxGroup name="contactIds" legend={t("contacts")} options={options.staff} defaultValues={measure?.contactIds ?? []} className="max-h-72 overflow-y-auto border-2 border-line p-3" />
        <VisibilityField label={t("visibility")} hint={t("visibilityHint")} defaultValue={measure?.visibility ?? "public"} labels={{ public: t("public"), internal: t("internal") }} />
        <TextArea name="internalNotes" label={t("internalNotes")} hint={t("internalNotesHint")} defaultValue={measure?.internalNotes} rows={3} />
        <PublishButtons canPublish={canPublish} pending={pending} saveLabel={canPublish ? t("saveDraft") : measure ? t("saveForReview") : t("save")} publishLabel={t("saveAndPublish")} saveField={{ name: "intent", value: "save" }} />
        {!canPublish ? <p className="field-hint">{t("reviewNote")}</p> : null}
      </ActionFormBody>
    </form>
  );
}
