"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { updateUser } from "@/app/[locale]/staff/admin/actions";
import { FormMessage, SelectField, TextField } from "@/components/ui/form/Fields";
import { useActionMessages } from "@/components/ui/form/useActionMessages";
import type { ActionResult } from "@/lib/actions/result";

type Option = { value: string; label: string };
export type AdminUser = { id: string; email: string; name: string; role: string | null; unitId: string | null; active: boolean; version: number; hasPassword: boolean; ssoLinked: boolean; ssoLinkAllowed: boolean; lastSignIn: string | null };

/** One person: name, role, unit and whether they may sign in. */
export function UserRowForm({ user, roleOptions, unitOptions }: { user: AdminUser; roleOptions: Option[]; unitOptions: Option[] }) {
  const t = useTranslations("admin");
  const [state, action, pending] = useActionState<ActionResult<{ version: number }> | null, FormData>(updateUser, null);
  const { translate, fieldErrors } = useActionMessages();
  const version = state?.ok ? state.data.version : user.version;
  return (
    <form action={action} className="grid gap-x-4 border-b border-line py-4 md:grid-cols-[2fr_1fr_2fr_auto_auto] md:items-end" aria-label={user.email}>
      <input type="hidden" name="id" value={user.id} />
      <input type="hidden" name="version" value={version} />
      <div className="md:col-span-5">
        <p className="font-semibold">{user.email}</p>
        <p className="field-hint">
          {user.hasPassword ? t("passwordSet") : t("ssoOnly")} · {user.ssoLinked ? t("ssoLinked") : user.ssoLinkAllowed ? t("ssoWaiting") : null}
          {user.ssoLinked || user.ssoLinkAllowed ? " · " : null}
          {user.lastSignIn ? t("lastSignIn", { at: new Date(user.lastSignIn) }) : t("neverSignedIn")}
        </p>
        <FormMessage error={state && !state.ok ? translate(state.message) : null} success={state?.ok ? t("saved") : null} />
      </div>
      <TextField id={`name-${user.id}`} name="name" label={t("name")} defaultValue={user.name} errors={fieldErrors(state, "name")} required />
      <SelectField id={`role-${user.id}`} name="role" label={t("role")} options={roleOptions} defaultValue={user.role ?? ""} errors={fieldErrors(state, "role")} />
      <SelectField id={`unit-${user.id}`} name="unitId" label={t("unit")} options={unitOptions} defaultValue={user.unitId ?? ""} errors={fieldErrors(state, "unitId")} />
      <div className="mb-4 flex min-h-[44px] items-center gap-2">
        <input id={`active-${user.id}`} name="active" type="checkbox" defaultChecked={user.active} className="h-5 w-5" />
        <label htmlFor={`active-${user.id}`}>{t("active")}</label>
      </div>
      {user.ssoLinked ? null : (
        <div className="mb-4 flex min-h-[44px] items-center gap-2 md:order-last md:col-span-5">
          <input
            id={`sso-${user.id}`}
            name="ssoLinkAllowed"
            type="checkbox"
            defaultChecked={user.ssoLinkAllowed}
            aria-describedby={`sso-hint-${user.id}`}
            className="h-5 w-5"
          />
          <label htmlFor={`sso-${user.id}`}>{t("ssoLinkAllowed")}</label>
          <span id={`sso-hint-${user.id}`} className="field-hint">
            {t("ssoLinkAllowedHint")}
          </span>
        </div>
      )}
      <div className="mb-4">
        <button type="submit" className="btn" disabled={pending}>
          {t("save")}
        </button>
      </div>
    </form>
  );
}
