import type { Message } from "@/lib/actions/result";

/** The part of next-intl's translator the kit uses (so that this stays a plain function, testable without React). */
export type Translate = {
  (key: string, params?: Record<string, string | number | Date>): string;
  has(key: string): boolean;
};

const ISO_TIMESTAMP = /^\d{4}-\d{2}-\d{2}T/;

/**
 * An action's message ({ key, params }) as text in the reader's language.
 * ISO timestamps in the parameters become dates, so that ICU `{at, date}`
 * formats them (a string there fails and shows the raw key). A conflict
 * whose author is not known reads "someone else".
 */
export function messageText(t: Translate, message: Message | undefined): string {
  if (!message) return "";
  if (message.key === "errors.conflict" && (!message.params?.name || message.params.name === "?")) return t("errors.conflictUnknown");
  const params: Record<string, string | number | Date> = {};
  for (const [k, v] of Object.entries(message.params ?? {})) {
    params[k] = typeof v === "string" && ISO_TIMESTAMP.test(v) ? new Date(v) : v;
  }
  return t.has(message.key) ? t(message.key, params) : t.has("errors.invalidValue") ? t("errors.invalidValue") : message.key;
}
