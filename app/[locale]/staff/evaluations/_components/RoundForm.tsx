"use client";

import { useTranslations } from "next-intl";
import { createRound, updateRound } from "@/app/[locale]/staff/evaluations/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { CheckboxGroup, LocalizedFields, SelectField, TextField, ItemVersion } from "@/components/ui/form/Fields";
import { useCreateOrEditForm } from "@/components/ui/form/useCreateOrEditForm";
import type { LocalizedText } from "@/db/schema/common";

export type RoundFormValues = {
  id: string;
  version: number;
  status: "draft" | "open" | "closed";
  name: LocalizedText;
  periodId: string | null;
  opensOn: string;
  closesOn: string;
  anonymous: boolean;
  minAnswers: number | null;
  priorityIds: string[];
  respondentIds: string[];
};

type Option = { value: string; label: string };

/**
 * Prepare or edit an evaluation round: name, answering period, the
 * priorities to rate and the respondents. Once open, its priorities are
 * fixed (answers refer to them).
 */
export function RoundForm({
  round,
  periods,
  priorities,
  people,
  defaultMinAnswers,
}: {
  round?: RoundFormValues;
  periods: Option[];
  priorities: Option[];
  /** Executives first, then the staff who can be named experts. */
  people: Option[];
  /** The minimum of answers when the round sets none (EVALUATION_MIN_ANSWERS). */
  defaultMinAnswers: number;
}) {
  const t = useTranslations("evaluationForm");
  const { state, pending, onSubmit } = useCreateOrEditForm(round, { create: createRound, update: updateRound }, (id) => `/staff/evaluations/${id}`);
  const locked = round && round.status !== "draft";
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
      <ActionFormBody state={state} successText={round ? t("saved") : undefined}>
        <ItemVersion item={round} />
        <LocalizedFields base="name" legend={t("name")} defaults={round?.name} required />
        <div className="grid gap-4 sm:grid-cols-3">
          <SelectField name="periodId" label={t("period")} defaultValue={round?.periodId ?? periods[0]?.value ?? ""} options={[{ value: "", label: "–" }, ...periods]} />
          <TextField name="opensOn" type="date" label={t("opensOn")} defaultValue={round?.opensOn} required />
          <TextField name="closesOn" type="date" label={t("closesOn")} defaultValue={round?.closesOn} hint={t("closesOnHint")} required />
        </div>
        <div className="flex items-start gap-2">
          <input
            type="checkbox"
            id="round-anonymous"
            name={locked ? undefined : "anonymous"}
            defaultChecked={round?.anonymous ?? true}
            disabled={locked}
            className="mt-1 h-5 w-5"
            aria-describedby="round-anonymous-hint"
          />
          {locked && round.anonymous ? <input type="hidden" name="anonymous" value="on" /> : null}
          <div>
            <label htmlFor="round-anonymous" className="font-semibold">
              {t("anonymous")}
            </label>
            <p id="round-anonymous-hint" className="field-hint">
              {locked ? t("anonymityLocked") : t("anonymousHint")}
            </p>
          </div>
        </div>
        {locked ? (
          <div>
            <p className="field-label">{t("minAnswers")}</p>
            <p>{round.minAnswers ?? defaultMinAnswers}</p>
            <p className="field-hint">{t("minAnswersLocked")}</p>
            {round.minAnswers !== null ? <input type="hidden" name="minAnswers" value={round.minAnswers} /> : null}
          </div>
        ) : (
          <TextField
            name="minAnswers"
            inputMode="numeric"
            label={t("minAnswers")}
            defaultValue={round?.minAnswers ?? ""}
            hint={t("minAnswersHint", { default: defaultMinAnswers })}
          />
        )}
        {locked ? (
          <div className="border-2 border-line p-4">
            <p className="field-label">{t("priorities")}</p>
            <p className="field-hint mb-2">{t("prioritiesLocked")}</p>
            <ul className="list-disc pl-6">
              {round.priorityIds.map((id) => (
                <li key={id}>
                  {priorities.find((p) => p.value === id)?.label ?? id}
                  <input type="hidden" name="priorityIds[]" value={id} />
                </li>
              ))}
            </ul>
          </div>
        ) : (
          <CheckboxGroup
            name="priorityIds"
            legend={t("priorities")}
            hint={t("prioritiesHint")}
            options={priorities}
            defaultValues={round?.priorityIds ?? []}
            className="border-2 border-line p-4"
          />
        )}
        <CheckboxGroup
          name="respondentIds"
          legend={t("respondents")}
          hint={t("respondentsHint")}
          options={people}
          defaultValues={round?.respondentIds ?? []}
          className="max-h-96 overflow-y-auto border-2 border-line p-4"
        />
        <button type="submit" className="btn self-start" disabled={pending}>
          {round ? t("save") : t("create")}
        </button>
      </ActionFormBody>
    </form>
  );
}
