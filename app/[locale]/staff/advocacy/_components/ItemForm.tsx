"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { ItemVersion, PublishButtons, SelectField, TextArea, VisibilityField } from "@/components/ui/form/Fields";
import { useCreateOrEditForm } from "@/components/ui/form/useCreateOrEditForm";
import { createActivity, updateActivity } from "@/app/[locale]/staff/advocacy/activities/actions";
import { createAsk, updateAsk } from "@/app/[locale]/staff/advocacy/asks/actions";
import { itemPath } from "@/lib/advocacy/kinds";

type Option = { value: string; label: string };

const actions = {
  activity: { create: createActivity, update: updateActivity },
  ask: { create: createAsk, update: updateAsk },
};

/**
 * The form of an advocacy action or ask: a new one goes to its own page once
 * saved, an edited one stays. Around the item's own fields (`children`) it
 * has the version the form was loaded at, and last the item's visibility
 * (with the kind's `visibilityHint`), its internal notes and the save buttons.
 */
export function AdvocacyItemForm({
  kind,
  item,
  canPublish,
  visibilityHint,
  children,
}: {
  kind: "activity" | "ask";
  item: { id: string; version: number; visibility: "public" | "internal"; internalNotes: string | null } | undefined;
  canPublish: boolean;
  visibilityHint: string;
  children: ReactNode;
}) {
  const t = useTranslations("advocacyForm");
  const tf = useTranslations("advocacyFields");
  const { state, pending, onSubmit } = useCreateOrEditForm(item, actions[kind], (id) => itemPath(kind, id));
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
      <ActionFormBody state={state} successText={item ? t("saved") : undefined}>
        <ItemVersion item={item} />
        {children}
        <VisibilityField label={tf("visibility")} hint={visibilityHint} defaultValue={item?.visibility ?? "public"} labels={{ public: t("public"), internal: t("internal") }} />
        <TextArea name="internalNotes" label={tf("internalNotes")} hint={t("internalNotesHint")} defaultValue={item?.internalNotes} rows={3} />
        <SaveButtons pending={pending} canPublish={canPublish} isNew={!item} />
      </ActionFormBody>
    </form>
  );
}

/** The priority an advocacy item belongs to (only the person's own unit's for an editor, see advocacyFormOptions). */
export function PriorityField({ defaultValue, priorities }: { defaultValue: string | undefined; priorities: Option[] }) {
  const t = useTranslations("advocacyForm");
  const tf = useTranslations("advocacyFields");
  return <SelectField name="priorityId" label={tf("priorityId")} defaultValue={defaultValue ?? ""} options={[{ value: "", label: t("choose") }, ...priorities]} hint={t("priorityHint")} required />;
}

/** Save (a draft, or for review) and, for those who may publish, save and publish at once. */
export function SaveButtons({ pending, canPublish, isNew }: { pending: boolean; canPublish: boolean; isNew: boolean }) {
  const t = useTranslations("advocacyForm");
  return (
    <>
      <PublishButtons canPublish={canPublish} pending={pending} saveLabel={canPublish ? t("saveDraft") : isNew ? t("save") : t("saveForReview")} publishLabel={t("saveAndPublish")} publishField={{ name: "publishNow", value: "on" }} />
      {!canPublish ? <p className="field-hint">{t("reviewNote")}</p> : null}
    </>
  );
}
