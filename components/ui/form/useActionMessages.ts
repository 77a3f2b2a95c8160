"use client";

import { useTranslations } from "next-intl";
import type { ActionResult, Message } from "@/lib/actions/result";
import { messageText, type Translate } from "./message-text";

/** Translate an action's message ({ key, params }) in the reader's language (see messageText). */
export function useMessageText() {
  const t = useTranslations() as unknown as Translate;
  return (message: Message | undefined): string => messageText(t, message);
}

/** The translator plus the errors of one field of a result, as texts. */
export function useActionMessages() {
  const translate = useMessageText();
  const fieldErrors = (state: ActionResult<unknown> | null | undefined, field: string): string[] =>
    state && !state.ok ? (state.fields?.[field] ?? []).map(translate) : [];
  return { translate, fieldErrors };
}
