import type { Locale } from "./routing";

/**
 * UI strings live in messages/<locale>/<area>.json, one file per area, each
 * holding its own top-level namespaces. Adding an area = adding its name here
 * and its three files.
 */
export const messageAreas = ["common", "auth", "staff", "strategy", "advocacy", "funding", "networks", "dashboard", "public", "admin", "reminders", "documents", "links"] as const;

export async function loadMessages(locale: Locale): Promise<Record<string, unknown>> {
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
