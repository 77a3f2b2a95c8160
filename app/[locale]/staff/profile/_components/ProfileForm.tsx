"use client";

import { useLocale, useTranslations } from "next-intl";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { SelectField } from "@/components/ui/form/Fields";
import { useActionForm } from "@/components/ui/form/useActionForm";
import { saveProfile } from "@/app/[locale]/staff/profile/actions";
import { usePathname, useRouter } from "@/lib/i18n/navigation";

/** Language names are shown in their own language, as everywhere. */
const LANGUAGES = [
  { value: "fi", label: "Suomi" },
  { value: "sv", label: "Svenska" },
  { value: "en", label: "English" },
];
const FREQUENCIES = ["weekly", "daily", "none"] as const;

/** The person's own language and digest frequency; after a change of language the page reopens in it. */
export function ProfileForm({ version, locale, frequency }: { version: number; locale: string; frequency: (typeof FREQUENCIES)[number] }) {
  const t = useTranslations("profile");
  const current = useLocale();
  const router = useRouter();
  const pathname = usePathname();
  const { state, pending, onSubmit } = useActionForm(saveProfile, {
    onSuccess: (data) => {
      if (data.locale === current) return;
      router.replace(pathname, { locale: data.locale });
      return "navigated";
    },
  });
  const latestVersion = state?.ok ? state.data.version : version;
  const frequencyErrors = state && !state.ok ? (state.fields?.frequency ?? []) : [];
  return (
    <form onSubmit={onSubmit} noValidate className="max-w-xl">
      <ActionFormBody state={state} successText={t("saved")}>
        <input type="hidden" name="version" value={latestVersion} />
        <SelectField name="locale" label={t("language")} hint={t("languageHint")} options={LANGUAGES} defaultValue={locale} className="mb-6" />
        <fieldset className="mb-6" aria-describedby="frequency-hint">
          <legend className="field-label">{t("frequency")}</legend>
          <p id="frequency-hint" className="field-hint">
            {t("frequencyHint")}
          </p>
          {frequencyErrors.length ? <p className="field-error">{t("frequency")}</p> : null}
          <ul className="mt-2 flex flex-col gap-2">
            {FREQUENCIES.map((f) => (
              <li key={f} className="flex items-center gap-2">
                <input type="radio" id={`frequency-${f}`} name="frequency" value={f} defaultChecked={frequency === f} className="h-5 w-5" />
                <label htmlFor={`frequency-${f}`}>{t(f)}</label>
              </li>
            ))}
          </ul>
        </fieldset>
        <button type="submit" className="btn" disabled={pending}>
          {t("save")}
        </button>
      </ActionFormBody>
    </form>
  );
}
