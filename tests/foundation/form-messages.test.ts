import { createTranslator } from "next-intl";
import { describe, expect, it } from "vitest";
import { messageText, type Translate } from "@/components/ui/form/message-text";
import { loadMessages } from "@/lib/i18n/messages";
const HELSINKI = "Europe/Helsinki";

/** The translator the form kit gets from next-intl, with the app's real messages and time zone. */
async function translator(locale: "fi" | "sv" | "en") {
  const messages = await loadMessages(locale);
  return createTranslator({ locale, messages, timeZone: HELSINKI, onError: () => {} }) as unknown as Translate;
}

// The conflict message as the mutation wrapper sends it: the time as an ISO string (JSON carries no dates).
const conflict = { key: "errors.conflict", params: { name: "Maija Meikäläinen", at: "2026-03-05T10:07:00.000Z" } };

describe("the form kit's conflict message", () => {
  it("names who saved and when, as a formatted Helsinki date and time", async () => {
    const en = messageText(await translator("en"), conflict);
    expect(en).not.toContain("errors.conflict");
    expect(en).toContain("Maija Meikäläinen");
    expect(en).toMatch(/3\/5\/26/);
    expect(en).toMatch(/12:07/); // 10:07 UTC is 12:07 in Helsinki in March
    const fi = messageText(await translator("fi"), conflict);
    expect(fi).toContain("Maija Meikäläinen");
    expect(fi).toMatch(/5\.3\.26/);
    expect(fi).toMatch(/12\.07/);
  });

  it("says 'someone else' when the author is not known", async () => {
    const t = await translator("en");
    expect(messageText(t, { key: "errors.conflict", params: { name: "?", at: "2026-03-05T10:07:00.000Z" } })).toBe(t("errors.conflictUnknown"));
  });

  it("never shows a raw key: an unknown key reads as an invalid value", async () => {
    const t = await translator("en");
    expect(messageText(t, { key: "errors.noSuchMessage" })).toBe(t("errors.invalidValue"));
  });
});
