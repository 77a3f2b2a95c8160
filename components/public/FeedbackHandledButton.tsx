"use client";

import { useActionState } from "react";
import { useTranslations } from "next-intl";
import { setFeedbackHandled } from "@/app/[locale]/staff/admin/feedback/actions";
import { FormMessage } from "@/components/ui/form/Fields";
import { useActionMessages } from "@/components/ui/form/useActionMessages";
import type { ActionResult } from "@/lib/actions/result";

/** Mark one feedback message handled, or open again. */
export function FeedbackHandledButton({ id, version, handled, subject }: { id: string; version: number; handled: boolean; subject: string }) {
  const t = useTranslations("feedbackAdmin");
  const [state, action, pending] = useActionState<ActionResult<{ version: number }> | null, FormData>(setFeedbackHandled, null);
  const { translate } = useActionMessages();
  return (
    <form action={action} aria-label={subject}>
      <input type="hidden" name="id" value={id} />
      <input type="hidden" name="version" value={version} />
      <input type="hidden" name="handled" value={handled ? "false" : "true"} />
      <FormMessage error={state && !state.ok ? translate(state.message) : null} success={state?.ok ? t("saved") : null} />
      <button type="submit" className={handled ? "btn btn-secondary" : "btn"} disabled={pending}>
        {handled ? t("reopen") : t("markHandled")}
      </button>
    </form>
  );
}
