"use client";

import { useTranslations } from "next-intl";
import { useEffect, useRef } from "react";
import { createProgramme, updateProgramme } from "@/app/[locale]/staff/funding/programmes/actions";
import { useRouter } from "@/lib/i18n/navigation";
import { Field, FormStatus, useActionForm } from "./form-kit";

type Programme = { id: string; version: number; code: string; name: { fi: string; sv?: string; en?: string }; managementMode: string; periodStart: number; periodEnd: number; active: boolean };

/** Add a programme to the reference list, or edit one (admins). */
export function ProgrammeForm({ programme }: { programme?: Programme }) {
  const t = useTranslations("funding");
  const router = useRouter();
  const ref = useRef<HTMLFormElement>(null);
  const { state, onSubmit, formAction, pending, msg, errors } = useActionForm((programme ? updateProgramme : createProgramme) as typeof updateProgramme);
  useEffect(() => {
    if (state?.ok) {
      if (!programme) ref.current?.reset();
      router.refresh();
    }
  }, [state, programme, router]);
  const version = state?.ok ? state.data.version : programme?.version;
  return (
    <form ref={ref} action={formAction} onSubmit={onSubmit} noValidate className="border border-line p-4">
      {programme ? (
        <>
          <input type="hidden" name="id" value={programme.id} />
          <input type="hidden" name="version" value={version} />
        </>
      ) : null}
      <FormStatus state={state} msg={msg} />
      <div className="grid gap-x-4 sm:grid-cols-2 lg:grid-cols-4">
        <Field name="code" label={t("programmes.code")} errors={errors("code")}>
          {(p) => <input {...p} className="field-input" defaultValue={programme?.code ?? ""} />}
        </Field>
        <Field name="nameFi" label={t("programmes.nameFi")} errors={errors("nameFi")}>
          {(p) => <input {...p} className="field-input" defaultValue={programme?.name.fi ?? ""} />}
        </Field>
        <Field name="nameSv" label={t("programmes.nameSv")} errors={errors("nameSv")}>
          {(p) => <input {...p} className="field-input" defaultValue={programme?.name.sv ?? ""} />}
        </Field>
        <Field name="nameEn" label={t("programmes.nameEn")} errors={errors("nameEn")}>
          {(p) => <input {...p} className="field-input" defaultValue={programme?.name.en ?? ""} />}
        </Field>
        <Field name="managementMode" label={t("programmes.mode")} errors={errors("managementMode")}>
          {(p) => (
            <select {...p} className="field-input" defaultValue={programme?.managementMode ?? "direct"}>
              <option value="direct">{t("mode.direct")}</option>
              <option value="shared">{t("mode.shared")}</option>
              <option value="indirect">{t("mode.indirect")}</option>
            </select>
          )}
        </Field>
        <Field name="periodStart" label={t("programmes.periodStart")} errors={errors("periodStart")}>
          {(p) => <input {...p} inputMode="numeric" className="field-input" defaultValue={programme?.periodStart ?? 2021} />}
        </Field>
        <Field name="periodEnd" label={t("programmes.periodEnd")} errors={errors("periodEnd")}>
          {(p) => <input {...p} inputMode="numeric" className="field-input" defaultValue={programme?.periodEnd ?? 2027} />}
        </Field>
        <div className="mb-4 flex items-end gap-2">
          <input type="checkbox" id={`active-${programme?.id ?? "new"}`} name="active" defaultChecked={programme?.active ?? true} className="h-6 w-6" />
          <label htmlFor={`active-${programme?.id ?? "new"}`}>{t("programmes.active")}</label>
        </div>
      </div>
      <button type="submit" className="btn btn-secondary" disabled={pending}>
        {programme ? t("programmes.save") : t("programmes.add")}
      </button>
    </form>
  );
}
