"use client";

import { useTranslations } from "next-intl";
import { setFeedbackHandled } from "@/app/[locale]/staff/admin/feedback/actions";
import { ActionFormBody } from "@/components/ui/form/ActionFormBody";
import { useActionForm } from "@/components/ui/form/useActionForm";

/** Mark one feedback message handled, or open again. */
export function FeedbackHandledButton({ id, version, handled, subject }: { id: string; version: number; handled: boolean; subject: string }) {
  const t = useTranslations("feedbackAdmin");
  const { state, formAction, onSubmit, pending } = useActionForm(setFeedbackHandled);
  return (
    <form action={formAction} onSubmit={onSubmit} aria-label={subject}>
      <ActionFormBody state={state} successText={t("saved")}>
        <input type="hidden" name="id" value={id} />
        <input type="hidden" name="version" value={version} />
        <input type="hidden" name="handled" value={handled ? "false" : "true"} />
        <button type="submit" className={handled ? "btn btn-secondary" : "btn"} disabled={pending}>
          {handled ? t("reopen") : t("markHandled")}
        </button>
      </ActionFormBody>
    </form>
  );
}
