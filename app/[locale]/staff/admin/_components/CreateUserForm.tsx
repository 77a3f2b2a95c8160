"use client";

import { useTranslations } from "next-intl";
import { createUser } from "@/app/[locale]/staff/admin/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { CheckboxField, SelectField, TextField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";

type Option = { value: string; label: string };

export function CreateUserForm({ roleOptions, unitOptions }: { roleOptions: Option[]; unitOptions: Option[] }) {
  const t = useTranslations("admin");
  const { state, formAction, onSubmit, pending } = useActionForm(createUser);
  return (
    <form action={formAction} onSubmit={onSubmit} className="max-w-xl" noValidate>
      <ActionFormBody state={state} successText={t("created")}>
        <TextField className="mb-4" name="email" type="email" label={t("email")} required />
        <TextField className="mb-4" name="name" label={t("name")} required />
        <SelectField className="mb-4" name="role" label={t("role")} options={roleOptions} />
        <SelectField className="mb-4" name="unitId" label={t("unit")} options={unitOptions} />
        <TextField className="mb-4" name="password" type="password" autoComplete="new-password" label={t("initialPassword")} hint={t("initialPasswordHint")} />
        <CheckboxField className="mb-4 flex min-h-[44px] flex-wrap items-center gap-2" id="new-user-sso" name="ssoLinkAllowed" label={t("ssoLinkAllowed")} hint={t("ssoLinkAllowedHint")} defaultChecked />
        <button type="submit" className="btn" disabled={pending}>
          {t("create")}
        </button>
      </ActionFormBody>
    </form>
  );
}
