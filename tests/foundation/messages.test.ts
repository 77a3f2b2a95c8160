import { describe, expect, it } from "vitest";
import { loadMessages } from "@/lib/i18n/messages";

function keys(obj: unknown, prefix = ""): string[] {
  if (typeof obj !== "object" || obj === null) return [prefix];
  return Object.entries(obj).flatMap(([k, v]) => keys(v, prefix ? `${prefix}.${k}` : k));
}

describe("UI strings", () => {
  it("exist in Finnish, Swedish and English alike", async () => {
    const [fi, sv, en] = await Promise.all([loadMessages("fi"), loadMessages("sv"), loadMessages("en")]);
    const fiKeys = keys(fi).sort();
    expect(fiKeys.length).toBeGreaterThan(50);
    expect(keys(sv).sort()).toEqual(fiKeys);
    expect(keys(en).sort()).toEqual(fiKeys);
  });

  it("have no empty strings", async () => {
    for (const locale of ["fi", "sv", "en"] as const) {
      const messages = await loadMessages(locale);
      const flat = JSON.stringify(messages);
      expect(flat).not.toContain('""');
    }
  });
});
