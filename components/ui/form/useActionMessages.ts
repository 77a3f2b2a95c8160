"use client";

import { useTranslations } from "next-intl";
import type { ActionResult, Message } from "@/lib/actions/result";

/** Translate an action's message ({ key, params }) in the reader's language; ISO timestamps become dates for ICU formatting. */
export function useMessageText() {
  const t = useTranslations();
  return (message: Message | undefined): string => {
    if (!message) return "";
    if (message.key === "errors.conflict" && (!message.params?.name || message.params.name === "?")) return t("errors.conflictUnknown");
    const params: Record<string, string | number | Date> = {};
    for (const [k, v] of Object.entries(message.params ?? {})) {
      params[k] = typeof v === "string" && /^\d{4}-\d{2}-\d{2}T/.test(v) ? new Date(v) : v;
    }
    return t.has(message.key) ? t(message.key, params) : message.key;
  };
}

/** The translator plus the errors of one field of a result, as texts. */
export function useActionMessages() {
  const translate = useMessageText();
  const fieldErrors = (state: ActionResult<unknown> | null | undefined, field: string): string[] =>
    state && !state.ok ? (state.fields?.[field] ?? []).map(translate) : [];
  return { translate, fieldErrors };
}
