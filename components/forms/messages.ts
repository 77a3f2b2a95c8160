"use client";

import { useTranslations } from "next-intl";
import type { ActionResult, Message } from "@/lib/actions/result";

/** Translate an action's message; ISO timestamps in params become dates for ICU formatting. */
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

/** The errors of one field from a result, as texts. */
export function fieldErrors(state: ActionResult<unknown> | null, field: string, text: (m: Message) => string): string[] {
  if (!state || state.ok || !state.fields) return [];
  return (state.fields[field] ?? []).map(text);
}
