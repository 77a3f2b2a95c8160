import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { recordAudit } from "@/db/queries/audit";
import { measures } from "@/db/schema";
import { langOf, pickWithLang } from "@/lib/i18n/localized";
import { atomFeed } from "@/lib/public/feed";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

describe("language of parts (WCAG 3.1.2)", () => {
  it("langOf names the fallback language only when the text is shown in another language than the page's", () => {
    const finnishOnly = { fi: "Vain suomeksi" };
    expect(langOf(finnishOnly, "sv")).toBe("fi");
    expect(langOf(finnishOnly, "en")).toBe("fi");
    expect(langOf(finnishOnly, "fi")).toBeUndefined();
    expect(langOf({ fi: "Koti", sv: "Hem", en: " " }, "en")).toBe("fi");
    expect(langOf({ fi: "Koti", sv: "Hem" }, "sv")).toBeUndefined();
    expect(langOf(null, "en")).toBeUndefined();
    expect(pickWithLang(finnishOnly, "en")).toEqual({ value: "Vain suomeksi", lang: "fi" });
  });

  it("the Atom feed marks a Finnish-only title and summary with their language on Swedish and English feeds", async () => {
    const db = await getDb();
    const [m] = await db.select({ id: measures.id, published: measures.published }).from(measures).where(isNotNull(measures.published)).limit(1);
    const snapshot = { ...(m!.published as Record<string, unknown>), title: { fi: "Vain suomeksi kirjoitettu toimenpide" }, description: { fi: "Kuvaus vain suomeksi" } };
    await db.update(measures).set({ published: snapshot }).where(eq(measures.id, m!.id));
    await recordAudit(db, { entityType: "measure", entityId: m!.id, action: "publish", version: 99, actor: null, after: snapshot, isPublication: true });
    for (const locale of ["sv", "en"] as const) {
      const feed = (await atomFeed({ origin: "https://example.test", locale }))!;
      const entry = feed.slice(feed.indexOf("<entry>"), feed.indexOf("</entry>"));
      expect(entry).toContain('<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">');
      expect(entry).toContain('<span lang="fi" xml:lang="fi">Vain suomeksi kirjoitettu toimenpide</span>');
      expect(entry).toContain('<summary xml:lang="fi">Kuvaus vain suomeksi</summary>');
    }
    // On the Finnish feed nothing is marked: the feed's own xml:lang applies.
    const fi = (await atomFeed({ origin: "https://example.test", locale: "fi" }))!;
    const entry = fi.slice(fi.indexOf("<entry>"), fi.indexOf("</entry>"));
    expect(entry).toContain("<title>");
    expect(entry).not.toContain('xml:lang="fi"');
  });
});
