"use client";

import { useTranslations } from "next-intl";
import { closeRound, openRound, publishRound, reopenRound, saveRoundEntry } from "@/app/[locale]/staff/strategy/rounds/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { LocalizedFields, SelectField, TextField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";
import type { LocalizedText } from "@/db/schema/common";
import { useRouter } from "@/lib/i18n/navigation";

const STATUSES = ["not_started", "on_schedule", "late", "completed", "cancelled", "postponed"];

/** Open a reporting round for a period (coordinators). */
export function OpenRoundForm({ periods }: { periods: { id: string; name: string }[] }) {
  const t = useTranslations("strategyRounds");
  const router = useRouter();
  const { state, pending, onSubmit } = useActionForm(openRound, { onSuccess: (d) => (router.push(`/staff/strategy/rounds/${d.id}`), "navigated" as const) });
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-2xl flex-col gap-3">
      <ActionFormBody state={state} successText={t("opened")}>
        <SelectField name="periodId" label={t("period")} required options={periods.map((p) => ({ value: p.id, label: p.name }))} />
        <LocalizedFields base="name" legend={t("name")} required />
        <TextField name="cutOffDate" label={t("cutOff")} hint={t("cutOffHint")} required />
        <button type="submit" className="btn self-start" disabled={pending}>
          {t("open")}
        </button>
      </ActionFormBody>
    </form>
  );
}

/** An editor's report of one measure in the round. */
export function RoundEntryForm({ entry }: { entry: { id: string; version: number; narrative: LocalizedText | null; status: string; progress: number } }) {
  const t = useTranslations("strategyRounds");
  const tStatus = useTranslations("status");
  const { state, pending, onSubmit } = useActionForm(saveRoundEntry);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-3">
      <ActionFormBody state={state} successText={t("entrySaved")}>
        <input type="hidden" name="id" value={entry.id} />
        <input type="hidden" name="version" value={entry.version} />
        <LocalizedFields base="narrative" legend={t("narrative")} defaults={entry.narrative ?? undefined} required multiline />
        <div className="grid gap-3 sm:grid-cols-2">
          <SelectField name="status" label={t("status")} defaultValue={entry.status} options={STATUSES.map((s) => ({ value: s, label: tStatus(s) }))} />
          <TextField name="progress" label={t("progress")} type="number" inputMode="numeric" defaultValue={String(entry.progress)} required />
        </div>
        <button type="submit" className="btn self-start" disabled={pending}>
          {t("saveEntry")}
        </button>
      </ActionFormBody>
    </form>
  );
}

const stateActions = { close: closeRound, reopen: reopenRound, publish: publishRound };

/** Close, reopen or publish a round (carries the version). */
export function RoundStateButton({ id, version, kind }: { id: string; version: number; kind: keyof typeof stateActions }) {
  const t = useTranslations("strategyRounds");
  const { state, pending, onSubmit } = useActionForm(stateActions[kind]);
  return (
    <form onSubmit={onSubmit} noValidate>
      <ActionFormBody state={state} successText={t(`done.${kind}`)}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <button type="submit" className={kind === "publish" ? "btn" : "btn btn-secondary"} disabled={pending}>
          {t(`actions.${kind}`)}
        </button>
      </ActionFormBody>
    </form>
  );
}
