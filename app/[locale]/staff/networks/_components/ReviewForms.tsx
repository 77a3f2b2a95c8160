"use client";

import { useTranslations } from "next-intl";
import { addNetworkToRound, closeReviewRound, decideNetwork, openReviewRound, scoreNetwork } from "@/app/[locale]/staff/networks/reviews/actions";
import { recommendations } from "@/lib/networks/review";
import { ActionForm } from "@/components/ui/form/ActionForm";
import { RadioGroup, SelectField, TextArea, TextField } from "@/components/ui/form/Fields";
import { todayInHelsinki } from "@/lib/dates";

const scores = ["1", "2", "3", "4", "5"].map((v) => ({ value: v, label: v }));

export function OpenRoundForm() {
  const t = useTranslations("networkReviews");
  return (
    <ActionForm id="round-open" action={openReviewRound} submitLabel={t("open.submit")} redirectTo="/staff/networks/reviews/{id}">
      <TextField name="name_fi" label={t("open.nameFi")} required hint={t("open.nameHint")} />
      <TextField name="name_sv" label={t("open.nameSv")} />
      <TextField name="name_en" label={t("open.nameEn")} />
      <TextArea name="description_fi" label={t("open.descriptionFi")} rows={2} />
      <TextArea name="description_sv" label={t("open.descriptionSv")} rows={2} />
      <TextArea name="description_en" label={t("open.descriptionEn")} rows={2} />
      <TextField name="openedOn" label={t("open.openedOn")} type="date" defaultValue={todayInHelsinki()} />
    </ActionForm>
  );
}

export function AddToRoundForm({ roundId, options }: { roundId: string; options: { value: string; label: string }[] }) {
  const t = useTranslations("networkReviews");
  return (
    <ActionForm id="round-add" action={addNetworkToRound} submitLabel={t("add.submit")} success={t("add.done")}>
      <input type="hidden" name="roundId" value={roundId} />
      <SelectField name="networkId" label={t("add.network")} hint={t("add.hint")} required options={options} empty={t("add.choose")} />
    </ActionForm>
  );
}

export function CloseRoundForm({ roundId, version }: { roundId: string; version: number }) {
  const t = useTranslations("networkReviews");
  return (
    <ActionForm id="round-close" action={closeReviewRound} submitLabel={t("close.submit")} success={t("close.done")}>
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="version" value={version} />
      <p className="field-hint">{t("close.hint")}</p>
    </ActionForm>
  );
}

export type OwnScore = { strategicFit: number; benefit: number; costEffectiveness: number; recommendation: string; justification: string } | null;

export function ScoreForm({ roundId, networkId, own }: { roundId: string; networkId: string; own: OwnScore }) {
  const t = useTranslations("networkReviews");
  return (
    <ActionForm id="score" action={scoreNetwork} submitLabel={own ? t("score.update") : t("score.submit")} success={t("score.saved")}>
      <input type="hidden" name="roundId" value={roundId} />
      <input type="hidden" name="networkId" value={networkId} />
      <RadioGroup name="strategicFit" legend={t("criteria.strategicFit")} hint={t("score.scaleHint")} options={scores} defaultValue={own ? String(own.strategicFit) : null} />
      <RadioGroup name="benefit" legend={t("criteria.benefit")} options={scores} defaultValue={own ? String(own.benefit) : null} />
      <RadioGroup name="costEffectiveness" legend={t("criteria.costEffectiveness")} options={scores} defaultValue={own ? String(own.costEffectiveness) : null} />
      <RadioGroup name="recommendation" legend={t("recommendation")} options={recommendations.map((r) => ({ value: r, label: t(`recommendations.${r}`) }))} defaultValue={own?.recommendation} />
      <TextArea name="justification" label={t("justification")} required defaultValue={own?.justification} rows={3} />
    </ActionForm>
  );
}

export function DecisionForm({ itemId, version, decision, decidedOn, note }: { itemId: string; version: number; decision: string | null; decidedOn: string | null; note: string | null }) {
  const t = useTranslations("networkReviews");
  return (
    <ActionForm id="decision" action={decideNetwork} submitLabel={t("decision.submit")} success={t("decision.saved")}>
      <input type="hidden" name="itemId" value={itemId} />
      <input type="hidden" name="version" value={version} />
      <SelectField name="decision" label={t("decision.label")} required defaultValue={decision} empty={t("decision.choose")} options={recommendations.map((r) => ({ value: r, label: t(`recommendations.${r}`) }))} />
      <TextField name="decidedOn" label={t("decision.date")} type="date" required defaultValue={decidedOn ?? todayInHelsinki()} />
      <TextArea name="decisionNote" label={t("decision.note")} defaultValue={note} rows={2} />
      <p className="field-hint">{t("decision.leaveHint")}</p>
    </ActionForm>
  );
}
