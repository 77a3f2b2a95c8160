"use client";

import { useTranslations } from "next-intl";
import { addProgressUpdate, updateProgressUpdate } from "@/app/[locale]/staff/strategy/measures/[id]/actions";
import { AddOrEditForm } from "@/components/ui/form/AddOrEditForm";
import { LocalizedFields, PublishButtons, TextField, VisibilityField } from "@/components/ui/form/Fields";
import type { LocalizedText } from "@/db/schema/common";
import { toInputValue } from "@/lib/strategy/dates";

export type ProgressUpdateValues = { id: string; version: number; date: string; body: LocalizedText; visibility: "public" | "internal" };

/** Write a dated progress note (translatable; public or internal), or edit one. */
export function ProgressUpdateForm({ measureId, update, today, canPublish }: { measureId: string; update?: ProgressUpdateValues; today: string; canPublish: boolean }) {
  const t = useTranslations("progressUpdates");
  return (
    <AddOrEditForm item={update} actions={{ add: addProgressUpdate, update: updateProgressUpdate }} parent={{ name: "measureId", id: measureId }} successText={t("saved")}>
      {(pending) => (
        <>
          <div className="grid gap-3 sm:grid-cols-2">
            <TextField name="date" label={t("date")} hint={t("dateHint")} defaultValue={toInputValue(update?.date ?? today, "day")} required />
            <VisibilityField label={t("visibility")} defaultValue={update?.visibility ?? "public"} labels={{ public: t("public"), internal: t("internal") }} />
          </div>
          <LocalizedFields base="body" legend={t("body")} defaults={update?.body} multiline required />
          <PublishButtons canPublish={canPublish} pending={pending} saveLabel={canPublish ? t("saveDraft") : t("saveForReview")} publishLabel={t("saveAndPublish")} saveField={{ name: "intent", value: "save" }} />
        </>
      )}
    </AddOrEditForm>
  );
}
