"use client";

import { useTranslations } from "next-intl";
import { createGoal, updateGoal } from "@/app/[locale]/staff/strategy/goals/actions";
import { copyPeriod, createPeriod, updatePeriod } from "@/app/[locale]/staff/strategy/periods/actions";
import { createPriority, updatePriority } from "@/app/[locale]/staff/strategy/priorities/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { LocalizedFields, SelectField, TextField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";
import type { LocalizedText } from "@/db/schema/common";
import { useRouter } from "@/lib/i18n/navigation";

type Kind = "period" | "goal" | "priority" | "copy";
export type StructureValues = {
  id?: string;
  version?: number;
  name?: LocalizedText;
  title?: LocalizedText;
  description?: LocalizedText | null;
  startYear?: number;
  endYear?: number;
  scope?: string;
  responsibleUnitId?: string | null;
};

const actions = {
  period: [createPeriod, updatePeriod],
  goal: [createGoal, updateGoal],
  priority: [createPriority, updatePriority],
  copy: [copyPeriod, copyPeriod],
} as const;
const hrefs: Record<Kind, string> = { period: "/staff/strategy/periods/", goal: "/staff/strategy/goals/", priority: "/staff/strategy/priorities/", copy: "/staff/strategy/periods/" };

/**
 * Create or edit a period, goal or priority, or copy a period (coordinators
 * and admins). `parent` is the period (goal) or goal (priority) of a new item,
 * or the source period of a copy.
 */
export function StructureForm({ kind, values, parent, units, canPublish }: { kind: Kind; values?: StructureValues; parent?: string; units?: { value: string; label: string }[]; canPublish: boolean }) {
  const t = useTranslations("structureForm");
  const tScope = useTranslations("scope");
  const router = useRouter();
  const editing = Boolean(values?.id) && kind !== "copy";
  const action = actions[kind][editing ? 1 : 0];
  const { state, pending, onSubmit } = useActionForm(action as (typeof actions)["goal"][0], {
    onSuccess: (data) => {
      if (editing) return;
      router.push(`${hrefs[kind]}${(data as { id: string }).id}`);
      return "navigated";
    },
  });
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
      <ActionFormBody state={state} successText={editing ? t("saved") : undefined}>
        {editing ? (
          <>
            <input type="hidden" name="id" value={values!.id} />
            <input type="hidden" name="version" value={values!.version} />
          </>
        ) : null}
        {kind === "goal" && !editing ? <input type="hidden" name="periodId" value={parent} /> : null}
        {kind === "priority" && !editing ? <input type="hidden" name="goalId" value={parent} /> : null}
        {kind === "copy" ? <input type="hidden" name="sourceId" value={parent} /> : null}
        {kind === "period" || kind === "copy" ? (
          <>
            <LocalizedFields base="name" legend={t("name")} defaults={kind === "copy" ? undefined : values?.name} required />
            <div className="grid gap-4 sm:grid-cols-2">
              <TextField name="startYear" label={t("startYear")} defaultValue={values?.startYear} inputMode="numeric" required />
              <TextField name="endYear" label={t("endYear")} defaultValue={values?.endYear} inputMode="numeric" required />
            </div>
          </>
        ) : (
          <>
            <LocalizedFields base="title" legend={t("title")} defaults={values?.title} required />
            <LocalizedFields base="description" legend={t("description")} defaults={values?.description} multiline />
          </>
        )}
        {kind === "goal" ? (
          <SelectField name="scope" label={t("scope")} defaultValue={values?.scope ?? "international"} options={["international", "eu", "national"].map((s) => ({ value: s, label: tScope(s) }))} />
        ) : null}
        {kind === "priority" ? (
          <SelectField name="responsibleUnitId" label={t("unit")} defaultValue={values?.responsibleUnitId ?? ""} options={[{ value: "", label: t("noUnit") }, ...(units ?? [])]} />
        ) : null}
        <div className="flex flex-wrap gap-3">
          {kind === "copy" ? (
            <button type="submit" className="btn" disabled={pending}>{t("copy")}</button>
          ) : (
            <>
              <button type="submit" name="intent" value="save" className="btn btn-secondary" disabled={pending}>{t("saveDraft")}</button>
              {canPublish ? (
                <button type="submit" name="intent" value="publish" className="btn" disabled={pending}>{t("saveAndPublish")}</button>
              ) : null}
            </>
          )}
        </div>
      </ActionFormBody>
    </form>
  );
}
