"use client";

import { useTranslations } from "next-intl";
import { createPlan, updatePlan } from "@/app/[locale]/staff/advocacy/plans/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { CheckboxGroup, ItemVersion, LocalizedFields, VisibilityField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { useMessageText } from "@/components/ui/form/useActionMessages";
import { planAudiences, planChannels, type TimelineStep } from "@/lib/advocacy/vocabulary";
import type { LocalizedText } from "@/db/schema/common";
import { SaveButtons } from "./ItemForm";
import { Table } from "@/components/ui/Table";

export type PlanFormValues = {
  id: string;
  version: number;
  objectives: LocalizedText;
  keyMessages: LocalizedText | null;
  audiences: string[];
  audienceNotes: LocalizedText | null;
  channels: string[];
  timeline: TimelineStep[];
  visibility: "public" | "internal";
  publicSummary: LocalizedText | null;
};

/** Empty rows offered under the communication plan's existing steps. */
const SPARE_ROWS = 3;

/** A priority's advocacy plan: internal by default, with an optional public summary. */
export function PlanForm({ priorityId, plan, canPublish }: { priorityId: string; plan?: PlanFormValues; canPublish: boolean }) {
  const t = useTranslations("advocacyForm");
  const tf = useTranslations("advocacyFields");
  const tAud = useTranslations("planAudiences");
  const tCh = useTranslations("planChannels");
  const text = useMessageText();
  const { state, pending, onSubmit } = useActionForm(plan ? updatePlan : createPlan);
  const steps = [...(plan?.timeline ?? []), ...Array.from({ length: SPARE_ROWS }, () => null)];
  const errorsOf = (name: string) => (state && !state.ok ? (state.fields?.[name] ?? []).map(text) : []);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-4xl flex-col gap-5">
      <ActionFormBody state={state} successText={t("saved")}>
        <ItemVersion item={plan} />
        {plan ? null : <input type="hidden" name="priorityId" value={priorityId} />}
        <LocalizedFields base="objectives" legend={tf("objectives")} defaults={plan?.objectives} multiline required />
        <LocalizedFields base="keyMessages" legend={tf("keyMessages")} defaults={plan?.keyMessages} multiline />
        <CheckboxGroup
          name="audiences"
          legend={tf("audiences")}
          options={planAudiences.map((a) => ({ value: a, label: tAud(a) }))}
          defaultValues={plan?.audiences ?? []}
          className="border-2 border-line p-4"
        />
        <LocalizedFields base="audienceNotes" legend={tf("audienceNotes")} defaults={plan?.audienceNotes} hint={t("audienceNotesHint")} multiline />
        <CheckboxGroup
          name="channels"
          legend={tf("channels")}
          options={planChannels.map((c) => ({ value: c, label: tCh(c) }))}
          defaultValues={plan?.channels ?? []}
          className="border-2 border-line p-4"
        />
        <fieldset className="border-2 border-line p-4">
          <legend className="px-1 font-bold">{tf("timeline")}</legend>
          <p className="field-hint mb-3">{t("timelineHint")}</p>
          <Table caption={tf("timeline")} wrapperClassName="overflow-x-auto" head={[t("stepDate"), t("stepActivityFi"), t("stepActivitySv"), t("stepActivityEn"), t("stepChannel")]}>
            {steps.map((step, i) => {
              const dateErrors = errorsOf(`timeline.${i}.date`);
              const textErrors = errorsOf(`timeline.${i}.activityFi`);
              const rowLabel = t("stepRow", { n: i + 1 });
              return (
                <tr key={i} className="border-b border-line align-top">
                  <td className="p-1">
                    <input
                      type="date"
                      name={`timeline.${i}.date`}
                      defaultValue={step?.date ?? ""}
                      aria-label={`${t("stepDate")}, ${rowLabel}`}
                      aria-invalid={dateErrors.length ? true : undefined}
                      aria-describedby={dateErrors.length ? `step-${i}-date-error` : undefined}
                      className="field-input"
                    />
                    {dateErrors.length ? (
                      <p id={`step-${i}-date-error`} className="field-error">
                        {dateErrors.join(" ")}
                      </p>
                    ) : null}
                  </td>
                  {(["Fi", "Sv", "En"] as const).map((lang) => (
                    <td key={lang} className="p-1">
                      <input
                        name={`timeline.${i}.activity${lang}`}
                        lang={lang.toLowerCase()}
                        defaultValue={step?.activity?.[lang.toLowerCase() as "fi" | "sv" | "en"] ?? ""}
                        aria-label={`${t(`stepActivity${lang}`)}, ${rowLabel}`}
                        aria-invalid={lang === "Fi" && textErrors.length ? true : undefined}
                        aria-describedby={lang === "Fi" && textErrors.length ? `step-${i}-text-error` : undefined}
                        className="field-input"
                      />
                      {lang === "Fi" && textErrors.length ? (
                        <p id={`step-${i}-text-error`} className="field-error">
                          {textErrors.join(" ")}
                        </p>
                      ) : null}
                    </td>
                  ))}
                  <td className="p-1">
                    <select name={`timeline.${i}.channel`} defaultValue={step?.channel ?? ""} aria-label={`${t("stepChannel")}, ${rowLabel}`} className="field-input">
                      <option value="">–</option>
                      {planChannels.map((c) => (
                        <option key={c} value={c}>
                          {tCh(c)}
                        </option>
                      ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </Table>
        </fieldset>
        <fieldset className="flex flex-col gap-4 border-2 border-line p-4">
          <legend className="px-1 font-bold">{t("publicLegend")}</legend>
          <VisibilityField label={tf("visibility")} hint={t("visibilityPlanHint")} defaultValue={plan?.visibility ?? "internal"} labels={{ public: t("planPublic"), internal: t("planInternal") }} first="internal" />
          <LocalizedFields base="publicSummary" legend={tf("publicSummary")} defaults={plan?.publicSummary} hint={t("publicSummaryHint")} multiline />
        </fieldset>
        <SaveButtons pending={pending} canPublish={canPublish} isNew={!plan} />
      </ActionFormBody>
    </form>
  );
}
