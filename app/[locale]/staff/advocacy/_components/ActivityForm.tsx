"use client";

import { useTranslations } from "next-intl";
import { useState } from "react";
import { LocalizedFields, SelectField, TextArea, TextField } from "@/components/ui/form/Fields";
import type { AdvocacyActivity } from "@/db/schema";
import type { ActivityField } from "@/lib/advocacy/kinds";
import { activityTypes } from "@/lib/advocacy/vocabulary";
import { AdvocacyItemForm, PriorityField } from "./ItemForm";

/** An action as its form edits it: the fields staff edit (lib/advocacy/kinds.ts), its id and version, and its links as lines of text. */
export type ActivityFormValues = Pick<AdvocacyActivity, "id" | "version" | ActivityField> & { linksText: string };

type Option = { value: string; label: string };

/**
 * Record or edit an advocacy action. Statement fields (consultation,
 * ministry, deadline, declined) show only for statements. The version the
 * form was loaded at travels with it.
 */
export function ActivityForm({
  activity,
  defaults,
  priorities,
  people,
  canPublish,
}: {
  activity?: ActivityFormValues;
  defaults?: { type?: string; priorityId?: string; responsibleUserId?: string };
  priorities: Option[];
  people: Option[];
  canPublish: boolean;
}) {
  const t = useTranslations("advocacyForm");
  const tf = useTranslations("advocacyFields");
  const tType = useTranslations("advocacyTypes");
  const [type, setType] = useState(activity?.type ?? defaults?.type ?? "statement");
  const statement = type === "statement";
  return (
    <AdvocacyItemForm kind="activity" item={activity} canPublish={canPublish} visibilityHint={statement ? t("visibilityStatementHint") : t("visibilityHint")}>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="activity-type" className="field-label">
            {tf("type")}
          </label>
          <select id="activity-type" name="type" className="field-input" value={type} onChange={(e) => setType(e.target.value)}>
            {activityTypes.map((v) => (
              <option key={v} value={v}>
                {tType(v)}
              </option>
            ))}
          </select>
        </div>
        <PriorityField defaultValue={activity?.priorityId ?? defaults?.priorityId} priorities={priorities} />
      </div>
      <LocalizedFields base="title" legend={tf("title")} defaults={activity?.title} required />
      {statement ? (
        <fieldset className="grid gap-4 border-2 border-line p-4 sm:grid-cols-2">
          <legend className="px-1 font-bold">{t("statementDetails")}</legend>
          <TextField name="consultation" label={tf("consultation")} defaultValue={activity?.consultation} className="sm:col-span-2" />
          <TextField name="ministry" label={tf("ministry")} defaultValue={activity?.ministry} hint={t("ministryHint")} />
          <TextField name="deadline" type="date" label={tf("deadline")} defaultValue={activity?.deadline} hint={t("dateHint")} required />
          <TextField name="date" type="date" label={tf("dateGiven")} defaultValue={activity?.date} hint={t("dateGivenHint")} />
          <div className="flex items-start gap-2 self-end">
            <input type="checkbox" id="activity-declined" name="declined" defaultChecked={activity?.declined} className="mt-1 h-5 w-5" aria-describedby="activity-declined-hint" />
            <div>
              <label htmlFor="activity-declined">{tf("declined")}</label>
              <p id="activity-declined-hint" className="field-hint">
                {t("declinedHint")}
              </p>
            </div>
          </div>
        </fieldset>
      ) : (
        <TextField name="date" type="date" label={tf("date")} defaultValue={activity?.date} hint={t("dateHint")} required className="sm:w-1/2" />
      )}
      <LocalizedFields base="summary" legend={tf("summary")} defaults={activity?.summary} multiline />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField name="audience" label={tf("audience")} defaultValue={activity?.audience} hint={t("audienceHint")} />
        <SelectField
          name="responsibleUserId"
          label={tf("responsibleUserId")}
          defaultValue={activity?.responsibleUserId ?? defaults?.responsibleUserId ?? ""}
          options={[{ value: "", label: t("nobody") }, ...people]}
        />
      </div>
      <TextArea name="links" label={tf("links")} defaultValue={activity?.linksText} hint={t("linksHint")} rows={3} />
      <LocalizedFields base="outcome" legend={tf("outcome")} defaults={activity?.outcome} multiline />
    </AdvocacyItemForm>
  );
}
