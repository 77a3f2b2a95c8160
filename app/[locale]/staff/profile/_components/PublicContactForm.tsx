"use client";

import { useTranslations } from "next-intl";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { LocalizedFields, SelectField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { setPublicContact } from "@/app/[locale]/staff/profile/actions";

type Mode = "hidden" | "shown" | "shownWithEmail";

/** One item's choice: whether the signed-in person is shown on its public page as its contact, with which title, and whether with e-mail. */
export function PublicContactForm({ entityType, entityId, itemTitle, mode, title }: { entityType: "measure" | "network"; entityId: string; itemTitle: string; mode: Mode; title: { fi: string; sv?: string; en?: string } | null }) {
  const t = useTranslations("publicContact");
  const { state, pending, onSubmit } = useActionForm(setPublicContact);
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-col gap-4 border-b border-line py-4" aria-label={itemTitle}>
      <ActionFormBody state={state} successText={t("saved")}>
        <h3 className="text-heading-xs font-bold">
          {t(entityType)}: {itemTitle}
        </h3>
        <input type="hidden" name="entityType" value={entityType} />
        <input type="hidden" name="entityId" value={entityId} />
        <SelectField
          name="mode"
          label={t("mode")}
          options={(["hidden", "shown", "shownWithEmail"] as const).map((m) => ({ value: m, label: t(`modes.${m}`) }))}
          defaultValue={mode}
        />
        <LocalizedFields base="title" legend={t("title")} hint={t("titleHint")} defaults={title} />
        <div>
          <button type="submit" className="btn btn-secondary" disabled={pending}>
            {t("save")}
          </button>
        </div>
      </ActionFormBody>
    </form>
  );
}
