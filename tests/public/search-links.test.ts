import { eq, isNotNull } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { pagePublishedAsks, pagePublishedStatements, publicRecordPosition } from "@/db/queries/advocacy/public";
import { publicHistory } from "@/db/queries/public/history";
import { searchPublic } from "@/db/queries/public/search";
import { euProjects, measures, networks } from "@/db/schema";
import { publicLinks } from "@/lib/public/links";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

/** The longest word of a name: what a reader who half-remembers it would type. */
const wordOf = (name: string) => name.split(/[\s:,–()-]+/).sort((a, b) => b.length - a.length)[0]!;

describe("the public search finds every area by name and links to the item itself", () => {
  it("finds a network and an EU project by a word of their name, in each language", async () => {
    const db = await getDb();
    const [n] = await db.select({ id: networks.id, published: networks.published }).from(networks).where(isNotNull(networks.published)).limit(1);
    const [p] = await db.select({ id: euProjects.id, published: euProjects.published }).from(euProjects).where(isNotNull(euProjects.published)).limit(1);
    for (const [type, id, name] of [
      ["network", n!.id, (n!.published as { name: Record<string, string> }).name],
      ["euProject", p!.id, (p!.published as { name: Record<string, string> }).name],
    ] as const) {
      for (const lang of ["fi", "sv", "en"]) {
        if (!name[lang]) continue;
        const word = wordOf(name[lang]!);
        const found = await searchPublic(db, { q: word, perPage: 1000 });
        expect(found.hits.some((h) => h.type === type && h.id === id), `${type} by "${word}"`).toBe(true);
      }
    }
  });

  it("an ask's or statement's link opens the page of the record that shows it, at its entry", async () => {
    const db = await getDb();
    const asks = await pagePublishedAsks(db, { page: 1, size: 10_000 });
    expect(asks.total).toBeGreaterThan(0);
    for (const [i, a] of asks.rows.entries()) expect(await publicRecordPosition(db, "ask", a.id)).toBe(i + 1);
    const statements = await pagePublishedStatements(db, { page: 1, size: 10_000 });
    expect(statements.total).toBeGreaterThan(0);
    for (const [i, s] of statements.rows.entries()) expect(await publicRecordPosition(db, "statement", s.id)).toBe(i + 1);
    // An ask is no statement; unknown and malformed ids are nowhere.
    expect(await publicRecordPosition(db, "statement", asks.rows[0]!.id)).toBeNull();
    expect(await publicRecordPosition(db, "ask", "00000000-0000-4000-8000-000000000000")).toBeNull();
    expect(await publicRecordPosition(db, "ask", "'; drop table x; --")).toBeNull();
    const id = asks.rows[0]!.id;
    expect(publicLinks.ask(id)).toBe(`/advocacy?ask=${id}#ask-${id}`);
    expect(publicLinks.action(id, "statement")).toBe(`/advocacy?statement=${id}#statement-${id}`);
    expect(publicLinks.action(id, "meeting")).toBe(`/advocacy#action-${id}`);
    // The search's hits for asks carry their own address.
    const hits = await searchPublic(db, { q: "", type: "ask", perPage: 5 });
    expect(hits.hits.length).toBeGreaterThan(0);
  });

  it("the public history says whether the item is demo content (for the demo notice)", async () => {
    const db = await getDb();
    const [demo] = await db.select({ id: measures.id }).from(measures).where(eq(measures.isDemo, true)).limit(1);
    const [own] = await db.select({ id: measures.id }).from(measures).where(eq(measures.isDemo, false)).limit(1);
    const history = await publicHistory(db, "measure", demo!.id);
    expect(history?.isDemo).toBe(true);
    if (own) {
      const ownHistory = await publicHistory(db, "measure", own.id);
      if (ownHistory) expect(ownHistory.isDemo).toBe(false);
    }
  });
});
