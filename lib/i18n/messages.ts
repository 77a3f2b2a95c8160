import type { Locale } from "./routing";

/**
 * UI strings live in messages/<locale>/<area>.json, one file per area, each
 * holding its own top-level namespaces. Adding an area = adding its name here
 * and its three files.
 */
export const messageAreas = ["common", "auth", "staff", "strategy", "advocacy", "funding", "networks", "dashboard", "public", "admin", "reminders", "documents", "links"] as const;

const loaded = new Map<Locale, Promise<Record<string, unknown>>>();

/**
 * Every string of a language, merged once per process (every page asks for
 * them, issue 17). The object is shared between requests: read it, never
 * change it.
 */
export function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
  let messages = loaded.get(locale);
  if (!messages) {
    messages = readMessages(locale);
    loaded.set(locale, messages);
    messages.catch(() => loaded.delete(locale));
  }
  return messages;
}

async function readMessages(locale: Locale): Promise<Record<string, unknown>> {
  const parts = await Promise.all(
    messageAreas.map(async (area) => {
      try {
        return (await import(`../../messages/${locale}/${area}.json`)).default as Record<string, unknown>;
      } catch {
        return {}; // an area that has no strings yet
      }
    }),
  );
  return Object.assign({}, ...parts);
}
