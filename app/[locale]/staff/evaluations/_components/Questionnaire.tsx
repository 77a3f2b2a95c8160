"use client";

import { useTranslations } from "next-intl";
import { answerRound } from "@/app/[locale]/staff/evaluations/[roundId]/answer/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { TextArea } from "@/components/ui/form/Fields";
import { useMessageText } from "@/components/ui/form/useActionMessages";
import { useActionForm } from "@/components/ui/form/useActionForm";

type Question = { id: string; title: string; goal: string };
type Answer = { score: number | null; needs: string | null };

/**
 * One respondent's questionnaire: a score 1–5 and development needs for each
 * priority. "Save draft" keeps it for later; "Submit" sends it once and for all.
 */
export function Questionnaire({
  respondentId,
  version,
  questions,
  answers,
}: {
  respondentId: string;
  version: number;
  questions: Question[];
  answers: Record<string, Answer>;
}) {
  const t = useTranslations("evaluationAnswer");
  const text = useMessageText();
  const { state, pending, onSubmit } = useActionForm(answerRound);
  const submitted = state?.ok && state.data.status === "submitted";
  const errorsOf = (name: string) => (state && !state.ok ? (state.fields?.[name] ?? []).map(text) : []);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-6">
      <ActionFormBody state={state} successText={submitted ? t("submittedDone") : t("draftSaved")}>
        <input type="hidden" name="respondentId" value={respondentId} />
        <input type="hidden" name="version" value={version} />
        {questions.map((q, i) => {
          const scoreName = `answers.${q.id}.score`;
          const errors = errorsOf(scoreName);
          const current = answers[q.id];
          return (
            <fieldset key={q.id} className="border-2 border-line p-4" aria-describedby={errors.length ? `score-${q.id}-error` : undefined}>
              <legend className="px-1 text-heading-xs font-bold">
                {i + 1}. {q.title}
                <span className="block text-body-s font-normal">{q.goal}</span>
              </legend>
              <p className="mb-2 font-semibold" id={`score-${q.id}-label`}>
                {t("scoreQuestion")}
              </p>
              <div role="radiogroup" aria-labelledby={`score-${q.id}-label`} aria-invalid={errors.length ? true : undefined} className="mb-1 flex flex-wrap gap-4">
                {[1, 2, 3, 4, 5].map((n) => (
                  <label key={n} className="flex items-center gap-2">
                    <input type="radio" name={scoreName} value={n} defaultChecked={current?.score === n} className="h-5 w-5" />
                    <span>
                      {n}
                      <span className="sr-only"> – {t(`scale.${n}`)}</span>
                    </span>
                  </label>
                ))}
              </div>
              <p className="field-hint mb-3" aria-hidden="true">
                {t("scaleHint")}
              </p>
              {errors.length ? (
                <p id={`score-${q.id}-error`} className="field-error mb-2">
                  {errors.join(" ")}
                </p>
              ) : null}
              <TextArea name={`answers.${q.id}.needs`} label={t("needsQuestion")} defaultValue={current?.needs} rows={3} />
            </fieldset>
          );
        })}
        <div className="flex flex-wrap gap-3">
          <button type="submit" name="intent" value="draft" className="btn btn-secondary" disabled={pending}>
            {t("saveDraft")}
          </button>
          <button type="submit" name="intent" value="submit" className="btn" disabled={pending}>
            {t("submit")}
          </button>
        </div>
        <p className="field-hint">{t("submitNote")}</p>
      </ActionFormBody>
    </form>
  );
}
