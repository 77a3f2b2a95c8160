"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { saveUnit } from "@/app/[locale]/staff/admin/actions";
import { FormMessage, TextField } from "@/components/ui/form/Fields";
import { useActionMessages } from "@/components/ui/form/useActionMessages";
import type { ActionResult } from "@/lib/actions/result";

type Unit = { id: string; code: string; version: number; name: { fi: string; sv?: string; en?: string } };

/** Create a unit (no `unit`) or edit one. */
export function UnitForm({ unit }: { unit?: Unit }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(saveUnit, null);
  const { translate, fieldErrors } = useActionMessages();
  const key = unit?.id ?? "new";
  return (
    <form action={action} className="grid gap-x-4 border-b border-line py-4 md:grid-cols-4 md:items-end" aria-label={unit ? unit.code : t("newUnit")} noValidate>
      {unit ? <input type="hidden" name="id" value={unit.id} /> : null}
      {unit ? <input type="hidden" name="version" value={unit.version} /> : null}
      <div className="md:col-span-4">
        <FormMessage error={state && !state.ok ? translate(state.message) : null} success={state?.ok ? t("saved") : null} />
      </div>
      <TextField id={`code-${key}`} name="code" label={t("unitCode")} defaultValue={unit?.code} errors={fieldErrors(state, "code")} required />
      <TextField id={`fi-${key}`} name="nameFi" label={t("nameFi")} defaultValue={unit?.name.fi} errors={fieldErrors(state, "nameFi")} required />
      <TextField id={`sv-${key}`} name="nameSv" label={t("nameSv")} defaultValue={unit?.name.sv} errors={fieldErrors(state, "nameSv")} required />
      <TextField id={`en-${key}`} name="nameEn" label={t("nameEn")} defaultValue={unit?.name.en} errors={fieldErrors(state, "nameEn")} />
      <div className="mb-4 md:col-span-4">
        <button type="submit" className="btn" disabled={pending}>
          {unit ? t("save") : t("createUnit")}
        </button>
      </div>
    </form>
  );
}
