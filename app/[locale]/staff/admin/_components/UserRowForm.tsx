"use client";

import { useTranslations } from "next-intl";
import { updateUser } from "@/app/[locale]/staff/admin/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { CheckboxField, SelectField, TextField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";

type Option = { value: string; label: string };
export type AdminUser = { id: string; email: string; name: string; role: string | null; unitId: string | null; active: boolean; version: number; hasPassword: boolean; ssoLinked: boolean; ssoLinkAllowed: boolean; lastSignIn: string | null };

/** One person: name, role, unit and whether they may sign in. */
export function UserRowForm({ user, roleOptions, unitOptions }: { user: AdminUser; roleOptions: Option[]; unitOptions: Option[] }) {
  const t = useTranslations("admin");
  const { state, formAction, onSubmit, pending } = useActionForm(updateUser);
  const version = state?.ok ? state.data.version : user.version;
  return (
    <form action={formAction} onSubmit={onSubmit} className="grid gap-x-4 border-b border-line py-4 md:grid-cols-[2fr_1fr_2fr_auto_auto] md:items-end" aria-label={user.email}>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={version} />
      <div className="md:col-span-5">
        <p className="font-semibold">{user.email}</p>
        <p className="field-hint">
          {user.hasPassword ? t("passwordSet") : t("ssoOnly")} · {user.ssoLinked ? t("ssoLinked") : user.ssoLinkAllowed ? t("ssoWaiting") : null}
          {user.ssoLinked || user.ssoLinkAllowed ? " · " : null}
          {user.lastSignIn ? t("lastSignIn", { at: new Date(user.lastSignIn) }) : t("neverSignedIn")}
        </p>
      </div>
      <ActionFormBody state={state} successText={t("saved")} className="md:col-span-5">
        <TextField className="mb-4" id={`name-${user.id}`} name="name" label={t("name")} defaultValue={user.name} required />
        <SelectField className="mb-4" id={`role-${user.id}`} name="role" label={t("role")} options={roleOptions} defaultValue={user.role ?? ""} />
        <SelectField className="mb-4" id={`unit-${user.id}`} name="unitId" label={t("unit")} options={unitOptions} defaultValue={user.unitId ?? ""} />
        <CheckboxField className="mb-4 flex min-h-[44px] items-center gap-2" id={`active-${user.id}`} name="active" label={t("active")} defaultChecked={user.active} />
        {user.ssoLinked ? null : (
          <CheckboxField
            className="mb-4 flex min-h-[44px] items-center gap-2 md:order-last md:col-span-5"
            id={`sso-${user.id}`}
            name="ssoLinkAllowed"
            label={t("ssoLinkAllowed")}
            hint={t("ssoLinkAllowedHint")}
            defaultChecked={user.ssoLinkAllowed}
          />
        )}
        <div className="mb-4">
          <button type="submit" className="btn" disabled={pending}>
            {t("save")}
          </button>
        </div>
      </ActionFormBody>
    </form>
  );
}
