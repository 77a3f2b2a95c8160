import { loadMessages } from "@/lib/i18n/messages";

let catalogs: Promise<Record<string, unknown>[]> | null = null;

function lookup(messages: Record<string, unknown>, key: string): unknown {
  return key.split(".").reduce<unknown>((node, part) => (node && typeof node === "object" ? (node as Record<string, unknown>)[part] : undefined), messages);
}

/** Whether a message key has a string in Finnish, Swedish and English (what a form can show). */
export async function isTranslated(key: string | undefined): Promise<boolean> {
  if (!key) return false;
  catalogs ??= Promise.all([loadMessages("fi"), loadMessages("sv"), loadMessages("en")]);
  return (await catalogs).every((m) => typeof lookup(m, key) === "string");
}
