"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { sendFeedback, type FeedbackFormState } from "@/app/[locale]/feedback/actions";
import { FormMessage, SelectField, TextField } from "@/components/ui/form/Fields";
import { useActionMessages } from "@/components/ui/form/useActionMessages";

type Props = { locale: string; pagePath: string | null; defaultKind: "accessibility" | "content" | "other"; maxLength: number };

/**
 * The public feedback form. It works without JavaScript too (the public
 * pages are served script-free): the browser posts it and the page comes
 * back with the result.
 */
export function FeedbackForm({ locale, pagePath, defaultKind, maxLength }: Props) {
  const t = useTranslations("publicFeedback");
  const [state, action, pending] = useActionState<FeedbackFormState | null, FormData>(sendFeedback, null);
  const kept = state && !state.ok ? state.values : undefined;
  const { translate, fieldErrors } = useActionMessages();
  if (state?.ok) {
    return (
      <div role="status" className="border-l-4 border-success bg-success-light p-4">
        <p className="font-bold">{t("thanks")}</p>
        <p>{t("thanksText")}</p>
      </div>
    );
  }
  return (
    <form action={action} noValidate className="max-w-2xl">
      <FormMessage error={state && !state.ok ? translate(state.message) : null} />
      <input type="hidden" name="locale" value={locale} />
      {pagePath ? <input type="hidden" name="pagePath" value={pagePath} /> : null}
      <SelectField
        id="feedback-kind"
        name="kind"
        label={t("kind")}
        defaultValue={kept?.kind || defaultKind}
        options={(["accessibility", "content", "other"] as const).map((k) => ({ value: k, label: t(`kinds.${k}`) }))}
        errors={fieldErrors(state, "kind")}
        required
      />
      <div className="mb-4">
        <label htmlFor="feedback-message" className="field-label">
          {t("message")}
          <span aria-hidden="true"> *</span>
        </label>
        <p id="feedback-message-hint" className="field-hint">
          {t("messageHint", { max: maxLength })}
        </p>
        <textarea
          id="feedback-message"
          name="message"
          rows={8}
          maxLength={maxLength}
          required
          defaultValue={kept?.message ?? ""}
          className="field-input"
          aria-invalid={fieldErrors(state, "message").length ? true : undefined}
          aria-describedby={["feedback-message-hint", fieldErrors(state, "message").length ? "feedback-message-error" : null].filter(Boolean).join(" ")}
        />
        {fieldErrors(state, "message").length ? (
          <p id="feedback-message-error" className="field-error">
            {fieldErrors(state, "message").join(" ")}
          </p>
        ) : null}
      </div>
      <TextField id="feedback-name" name="name" label={t("name")} autoComplete="name" defaultValue={kept?.name} errors={fieldErrors(state, "name")} />
      <TextField id="feedback-email" name="email" type="email" label={t("email")} hint={t("emailHint")} autoComplete="email" defaultValue={kept?.email} errors={fieldErrors(state, "email")} />
      {/* A trap for form-filling robots: hidden from people and from assistive technology. */}
      <div className="absolute -left-[10000px] h-px w-px overflow-hidden" aria-hidden="true">
        <label htmlFor="feedback-website">{t("trap")}</label>
        <input id="feedback-website" name="website" type="text" tabIndex={-1} autoComplete="off" defaultValue="" />
      </div>
      <p className="mb-4 text-body-s">{t("privacy")}</p>
      <button type="submit" className="btn" disabled={pending}>
        {t("send")}
      </button>
    </form>
  );
}
