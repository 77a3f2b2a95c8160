"use client";

import { useTranslations } from "next-intl";
import { addMilestone, updateMilestone } from "@/app/[locale]/staff/strategy/measures/[id]/actions";
import { AddOrEditForm } from "@/components/ui/form/AddOrEditForm";
import { LocalizedFields, SelectField, TextField } from "@/components/ui/form/Fields";
import type { LocalizedText } from "@/db/schema/common";
import { toInputValue, type Precision } from "@/lib/strategy/dates";

export type MilestoneValues = { id: string; version: number; title: LocalizedText; dueDate: string | null; duePrecision: Precision; state: string };

const STATES = ["planned", "in_progress", "done", "cancelled"];

/** Add a milestone to a measure, or edit one. */
export function MilestoneForm({ measureId, milestone }: { measureId: string; milestone?: MilestoneValues }) {
  const t = useTranslations("milestones");
  const tState = useTranslations("milestoneState");
  return (
    <AddOrEditForm item={milestone} actions={{ add: addMilestone, update: updateMilestone }} parent={{ name: "measureId", id: measureId }} successText={t("saved")}>
      {(pending) => (
        <>
          <LocalizedFields base="title" legend={t("title")} defaults={milestone?.title} required />
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="dueDate" label={t("due")} hint={t("dateHint")} defaultValue={toInputValue(milestone?.dueDate, milestone?.duePrecision ?? "day")} />
            <SelectField name="state" label={t("state")} defaultValue={milestone?.state ?? "planned"} options={STATES.map((s) => ({ value: s, label: tState(s) }))} />
          </div>
          <button type="submit" className="btn self-start" disabled={pending}>
            {milestone ? t("save") : t("add")}
          </button>
        </>
      )}
    </AddOrEditForm>
  );
}
