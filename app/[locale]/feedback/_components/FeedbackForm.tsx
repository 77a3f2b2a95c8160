"use client";

import { useTranslations } from "next-intl";
import { sendFeedback, type FeedbackFormState } from "@/app/[locale]/feedback/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { SelectField, TextArea, TextField } from "@/components/ui/form/Fields";
import { useFormAction } from "@/components/ui/form/useActionForm";

type Props = { locale: string; pagePath: string | null; defaultKind: "accessibility" | "content" | "other"; maxLength: number };

/**
 * The public feedback form. It works without JavaScript too (the public
 * pages are served script-free): the browser posts it and the page comes
 * back with the result.
 */
export function FeedbackForm({ locale, pagePath, defaultKind, maxLength }: Props) {
  const t = useTranslations("publicFeedback");
  const { state, formAction, onSubmit, pending } = useFormAction<FeedbackFormState>(sendFeedback);
  const kept = state && !state.ok ? state.values : undefined;
  if (state?.ok) {
    return (
      <div role="status" className="border-l-4 border-success bg-success-light p-4">
        <p className="font-bold">{t("thanks")}</p>
        <p>{t("thanksText")}</p>
      </div>
    );
  }
  return (
    <form action={formAction} onSubmit={onSubmit} noValidate className="max-w-2xl">
      <ActionFormBody state={state}>
        <input type="hidden" name="locale" value={locale} />
        {pagePath ? <input type="hidden" name="pagePath" value={pagePath} /> : null}
        <SelectField
          className="mb-4"
          id="feedback-kind"
          name="kind"
          label={t("kind")}
          defaultValue={kept?.kind || defaultKind}
          options={(["accessibility", "content", "other"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
          required
        />
        <TextArea className="mb-4" id="feedback-message" name="message" label={t("message")} hint={t("messageHint", { max: maxLength })} rows={8} maxLength={maxLength} required defaultValue={kept?.message} />
        <TextField className="mb-4" id="feedback-name" name="name" label={t("name")} autoComplete="name" defaultValue={kept?.name} />
        <TextField className="mb-4" id="feedback-email" name="email" type="email" label={t("email")} hint={t("emailHint")} autoComplete="email" defaultValue={kept?.email} />
        {/* A trap for form-filling robots: hidden from people and from assistive technology. */}
        <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
          <label htmlFor="feedback-website">{t("trap")}</label>
          <input id="feedback-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
        </div>
        <p className="mb-4 text-body-s">{t("privacy")}</p>
        <button type="submit" className="btn" disabled={pending}>
          {t("send")}
        </button>
      </ActionFormBody>
    </form>
  );
}
