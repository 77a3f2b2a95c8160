"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { createUser } from "@/app/[locale]/staff/admin/actions";
import { FormMessage, SelectField, TextField } from "@/components/ui/form/Fields";
import { useActionMessages } from "@/components/ui/form/useActionMessages";
import type { ActionResult } from "@/lib/actions/result";

type Option = { value: string; label: string };

export function CreateUserForm({ roleOptions, unitOptions }: { roleOptions: Option[]; unitOptions: Option[] }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState<ActionResult<{ id: string }> | null, FormData>(createUser, null);
  const { translate, fieldErrors } = useActionMessages();
  return (
    <form action={action} className="max-w-xl" noValidate>
      <FormMessage error={state && !state.ok ? translate(state.message) : null} success={state?.ok ? t("created") : null} />
      <TextField name="email" type="email" label={t("email")} errors={fieldErrors(state, "email")} required />
      <TextField name="name" label={t("name")} errors={fieldErrors(state, "name")} required />
      <SelectField name="role" label={t("role")} options={roleOptions} errors={fieldErrors(state, "role")} />
      <SelectField name="unitId" label={t("unit")} options={unitOptions} errors={fieldErrors(state, "unitId")} />
      <TextField name="password" type="password" autoComplete="new-password" label={t("initialPassword")} hint={t("initialPasswordHint")} errors={fieldErrors(state, "password")} />
      <div className="mb-4">
        <div className="flex min-h-[44px] items-center gap-2">
          <input id="new-user-sso" name="ssoLinkAllowed" type="checkbox" defaultChecked aria-describedby="new-user-sso-hint" className="h-5 w-5" />
          <label htmlFor="new-user-sso">{t("ssoLinkAllowed")}</label>
        </div>
        <p id="new-user-sso-hint" className="field-hint">
          {t("ssoLinkAllowedHint")}
        </p>
      </div>
      <button type="submit" className="btn" disabled={pending}>
        {t("create")}
      </button>
    </form>
  );
}
