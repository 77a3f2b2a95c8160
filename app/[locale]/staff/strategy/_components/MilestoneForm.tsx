"use client";

import { useTranslations } from "next-intl";
import { addMilestone, updateMilestone } from "@/app/[locale]/staff/strategy/measures/[id]/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { LocalizedFields, SelectField, TextField, ItemVersion } from "@/components/ui/form/Fields";
import { useAddOrEditForm } from "@/components/ui/form/useActionForm";
import type { LocalizedText } from "@/db/schema/common";
import { toInputValue, type Precision } from "@/lib/strategy/dates";

export type MilestoneValues = { id: string; version: number; title: LocalizedText; dueDate: string | null; duePrecision: Precision; state: string };

const STATES = ["planned", "in_progress", "done", "cancelled"];

/** Add a milestone to a measure, or edit one. */
export function MilestoneForm({ measureId, milestone }: { measureId: string; milestone?: MilestoneValues }) {
  const t = useTranslations("milestones");
  const tState = useTranslations("milestoneState");
  const { state, pending, onSubmit } = useAddOrEditForm(milestone, { add: addMilestone, update: updateMilestone });
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <ActionFormBody state={state} successText={t("saved")}>
        <ItemVersion item={milestone} />
        {milestone ? null : <input type="hidden" name="measureId" value={measureId} />}
        <LocalizedFields base="title" legend={t("title")} defaults={milestone?.title} required />
        <div className="grid gap-3 sm:grid-cols-2">
          <TextField name="dueDate" label={t("due")} hint={t("dateHint")} defaultValue={toInputValue(milestone?.dueDate, milestone?.duePrecision ?? "day")} />
          <SelectField name="state" label={t("state")} defaultValue={milestone?.state ?? "planned"} options={STATES.map((s) => ({ value: s, label: tState(s) }))} />
        </div>
        <button type="submit" className="btn self-start" disabled={pending}>
          {milestone ? t("save") : t("add")}
        </button>
      </ActionFormBody>
    </form>
  );
}
