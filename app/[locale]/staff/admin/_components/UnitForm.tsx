"use client";

import { useTranslations } from "next-intl";
import { saveUnit } from "@/app/[locale]/staff/admin/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { TextField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";

type Unit = { id: string; code: string; version: number; name: { fi: string; sv?: string; en?: string } };

/** Create a unit (no `unit`) or edit one. */
export function UnitForm({ unit }: { unit?: Unit }) {
  const t = useTranslations("admin");
  const { state, formAction, onSubmit, pending } = useActionForm(saveUnit);
  const key = unit?.id ?? "new";
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-x-4 border-b border-line py-4 md:grid-cols-4 md:items-end" aria-label={unit ? unit.code : t("newUnit")} noValidate>
      <ActionFormBody state={state} successText={t("saved")} className="md:col-span-4">
        {unit ? <input type="hidden" name="id" value={unit.id} /> : null}
        {unit ? <input type="hidden" name="version" value={unit.version} /> : null}
        <TextField className="mb-4" id={`code-${key}`} name="code" label={t("unitCode")} defaultValue={unit?.code} required />
        <TextField className="mb-4" id={`fi-${key}`} name="nameFi" label={t("nameFi")} defaultValue={unit?.name.fi} required />
        <TextField className="mb-4" id={`sv-${key}`} name="nameSv" label={t("nameSv")} defaultValue={unit?.name.sv} required />
        <TextField className="mb-4" id={`en-${key}`} name="nameEn" label={t("nameEn")} defaultValue={unit?.name.en} />
        <div className="mb-4 md:col-span-4">
          <button type="submit" className="btn" disabled={pending}>
            {unit ? t("save") : t("createUnit")}
          </button>
        </div>
      </ActionFormBody>
    </form>
  );
}
