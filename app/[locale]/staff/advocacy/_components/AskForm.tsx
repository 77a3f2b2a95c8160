"use client";

import { useTranslations } from "next-intl";
import { LocalizedFields, SelectField, TextField } from "@/components/ui/form/Fields";
import type { GovernmentAsk } from "@/db/schema";
import type { AskField } from "@/lib/advocacy/kinds";
import { askOutcomes } from "@/lib/advocacy/vocabulary";
import { AdvocacyItemForm, PriorityField } from "./ItemForm";
import { yearInHelsinki } from "@/lib/dates";

/** An ask as its form edits it: the fields staff edit (lib/advocacy/kinds.ts), and its id and version. */
export type AskFormValues = Pick<GovernmentAsk, "id" | "version" | AskField>;

/** An ask for a government programme; its outcome is marked once the programme is out. */
export function AskForm({
  ask,
  defaults,
  priorities,
  canPublish,
}: {
  ask?: AskFormValues;
  defaults?: { priorityId?: string; programmeYear?: number };
  priorities: { value: string; label: string }[];
  canPublish: boolean;
}) {
  const t = useTranslations("advocacyForm");
  const tf = useTranslations("advocacyFields");
  const tOutcome = useTranslations("askOutcomes");
  return (
    <AdvocacyItemForm kind="ask" item={ask} canPublish={canPublish} visibilityHint={t("visibilityAskHint")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField
          name="programmeYear"
          label={tf("programmeYear")}
          hint={t("programmeYearHint")}
          inputMode="numeric"
          defaultValue={ask?.programmeYear ?? defaults?.programmeYear ?? yearInHelsinki()}
          required
        />
        <PriorityField defaultValue={ask?.priorityId ?? defaults?.priorityId} priorities={priorities} />
      </div>
      <LocalizedFields base="wording" legend={tf("wording")} defaults={ask?.wording} multiline required />
      <LocalizedFields base="justification" legend={tf("justification")} defaults={ask?.justification} multiline />
      <LocalizedFields base="target" legend={tf("target")} defaults={ask?.target} hint={t("targetHint")} />
      <fieldset className="flex flex-col gap-4 border-2 border-line p-4">
        <legend className="px-1 font-bold">{t("outcomeLegend")}</legend>
        <SelectField
          name="outcome"
          label={tf("outcome")}
          defaultValue={ask?.outcome ?? "pending"}
          options={askOutcomes.map((o) => ({ value: o, label: tOutcome(o) }))}
          hint={t("outcomeHint")}
        />
        <LocalizedFields base="evidence" legend={tf("evidence")} defaults={ask?.evidence} hint={t("evidenceHint")} multiline />
        <TextField name="evidenceRef" label={tf("evidenceRef")} defaultValue={ask?.evidenceRef} hint={t("evidenceRefHint")} />
      </fieldset>
    </AdvocacyItemForm>
  );
}
