"use client";

import { useTranslations } from "next-intl";
import type { ActionResult, Message } from "@/lib/actions/result";

/** Translate action messages ({ key, params }) in the reader's language. */
export function useActionMessages() {
  const t = useTranslations();
  const translate = (message: Message): string => {
    const params: Record<string, string | number | Date> = { ...(message.params ?? {}) };
    // Timestamps travel as ISO strings; the messages format them as dates.
    if (typeof params.at === "string") params.at = new Date(params.at);
    return t(message.key, params);
  };
  const fieldErrors = (state: ActionResult<unknown> | null | undefined, field: string): string[] =>
    state && !state.ok ? (state.fields?.[field] ?? []).map(translate) : [];
  return { translate, fieldErrors };
}
