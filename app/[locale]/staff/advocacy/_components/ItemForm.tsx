"use client";

import type { ReactNode } from "react";
import { useTranslations } from "next-intl";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { ItemVersion, PublishButtons, SelectField, TextArea, VisibilityField } from "@/components/ui/form/Fields";
import { useCreateOrEditForm } from "@/components/ui/form/useCreateOrEditForm";
import type { ActionResult } from "@/lib/actions/result";

type Action<T> = (prev: unknown, input: FormData) => Promise<ActionResult<T>>;
type Option = { value: string; label: string };

/**
 * The form of an advocacy action or ask: a new one goes to its own page once
 * saved, an edited one stays. Around the item's own fields (`children`) it
 * has the version the form was loaded at, and last the visibility, the
 * internal notes and the save buttons.
 */
export function AdvocacyItemForm<C, U>({
  item,
  actions,
  href,
  canPublish,
  visibility,
  internalNotes,
  children,
}: {
  item: { id: string; version: number } | undefined;
  actions: { create: Action<C>; update: Action<U> };
  /** The page of a newly created item. */
  href: (id: string) => string;
  canPublish: boolean;
  visibility: { value: "public" | "internal" | undefined; hint: string };
  internalNotes: string | null | undefined;
  children: ReactNode;
}) {
  const t = useTranslations("advocacyForm");
  const tf = useTranslations("advocacyFields");
  const { state, pending, onSubmit } = useCreateOrEditForm(item, actions, href);
  return (
    <form onSubmit={onSubmit} noValidate className="flex max-w-3xl flex-col gap-5">
      <ActionFormBody state={state} successText={item ? t("saved") : undefined}>
        <ItemVersion item={item} />
        {children}
        <VisibilityField label={tf("visibility")} hint={visibility.hint} defaultValue={visibility.value ?? "public"} labels={{ public: t("public"), internal: t("internal") }} />
        <TextArea name="internalNotes" label={tf("internalNotes")} hint={t("internalNotesHint")} defaultValue={internalNotes} rows={3} />
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
