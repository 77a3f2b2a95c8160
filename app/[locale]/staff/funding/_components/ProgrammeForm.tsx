"use client";

import { useTranslations } from "next-intl";
import { createProgramme, updateProgramme } from "@/app/[locale]/staff/funding/programmes/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { CheckboxField, ItemVersion, SelectField, TextField } from "@/components/ui/form/Fields";
import { useAddOrEditForm } from "@/components/ui/form/useActionForm";

type Programme = { id: string; version: number; code: string; name: { fi: string; sv?: string; en?: string }; managementMode: string; periodStart: number; periodEnd: number; active: boolean };

/** Add a programme to the reference list, or edit one (admins). */
export function ProgrammeForm({ programme }: { programme?: Programme }) {
  const t = useTranslations("funding");
  const tCommon = useTranslations("common");
  const { state, onSubmit, formAction, pending } = useAddOrEditForm(programme, { add: createProgramme as typeof updateProgramme, update: updateProgramme });
  const version = state?.ok ? state.data.version : programme?.version;
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="border border-line p-4">
      <ActionFormBody state={state} successText={tCommon("saved")}>
        <ItemVersion item={programme ? { id: programme.id, version: version ?? programme.version } : null} />
        <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
          <TextField className="mb-4" name="code" label={t("programmes.code")} defaultValue={programme?.code} />
          <TextField className="mb-4" name="nameFi" label={t("programmes.nameFi")} defaultValue={programme?.name.fi} />
          <TextField className="mb-4" name="nameSv" label={t("programmes.nameSv")} defaultValue={programme?.name.sv} />
          <TextField className="mb-4" name="nameEn" label={t("programmes.nameEn")} defaultValue={programme?.name.en} />
          <SelectField
            className="mb-4"
            name="managementMode"
            label={t("programmes.mode")}
            defaultValue={programme?.managementMode ?? "direct"}
            options={[
              { value: "direct", label: t("mode.direct") },
              { value: "shared", label: t("mode.shared") },
              { value: "indirect", label: t("mode.indirect") },
            ]}
          />
          <TextField className="mb-4" name="periodStart" label={t("programmes.periodStart")} inputMode="numeric" defaultValue={programme?.periodStart ?? 2021} />
          <TextField className="mb-4" name="periodEnd" label={t("programmes.periodEnd")} inputMode="numeric" defaultValue={programme?.periodEnd ?? 2027} />
          <CheckboxField className="mb-4 flex items-end gap-2" name="active" label={t("programmes.active")} defaultChecked={programme?.active ?? true} />
        </div>
        <button type="submit" className="btn btn-secondary" disabled={pending}>
          {programme ? t("programmes.save") : t("programmes.add")}
        </button>
      </ActionFormBody>
    </form>
  );
}
