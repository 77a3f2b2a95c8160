import { eq } from "drizzle-orm";
import { describe, expect, it, vi } from "vitest";
import { GET } from "@/app/api/staff/links/options/route";
import { linkMeasure } from "@/app/[locale]/staff/links/actions";
import { historyForStaff } from "@/db/queries/audit";
import { LINK_SEARCH_LIMIT, searchLinkOptions } from "@/db/queries/links/staff";
import { goals, measures, networks } from "@/db/schema";
import { nameLinkEntries } from "@/lib/links/history";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

const current: { actor: Actor | null } = { actor: null };
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));
vi.mock("next-intl/server", async () => (await import("../helpers/render")).translationsMock());

/** The "link to…" search (any number of items: the database looks) and the link history in names, not ids. */
const getDb = setupTestDatabase({ demo: true });
const search = async (query: string) => GET(new Request(`http://localhost/api/staff/links/options?${query}`));

describe("the link search and the link history", () => {
  it("finds items by part of their name in any language, the first matches and whether there are more; LIKE characters are text", async () => {
    const db = await getDb();
    const [goal] = await db.select({ id: goals.id }).from(goals).limit(1);
    await db.insert(measures).values(Array.from({ length: LINK_SEARCH_LIMIT + 5 }, (_, i) => ({ goalId: goal!.id, title: { fi: `Hakutesti ${String(i).padStart(2, "0")}`, sv: `Söktest ${i}`, en: `Search test ${i}` } })));
    await db.insert(measures).values({ goalId: goal!.id, title: { fi: "Sata_prosenttia 100%", en: "Hundred" }, archivedAt: null });
    const first = await searchLinkOptions(db, "measure", "HAKUTESTI");
    expect(first.options).toHaveLength(LINK_SEARCH_LIMIT);
    expect(first.more).toBe(true);
    expect(first.options[0]!.label.fi).toBe("Hakutesti 00");
    expect((await searchLinkOptions(db, "measure", "söktest 2")).options.map((o) => o.label.fi)).toEqual(["Hakutesti 02", "Hakutesti 20", "Hakutesti 21", "Hakutesti 22", "Hakutesti 23", "Hakutesti 24"]);
    expect((await searchLinkOptions(db, "measure", "0%")).options.map((o) => o.label.fi)).toEqual(["Sata_prosenttia 100%"]);
    expect((await searchLinkOptions(db, "measure", "a_p")).options.map((o) => o.label.fi)).toEqual(["Sata_prosenttia 100%"]);
    expect((await searchLinkOptions(db, "measure", "%")).options.map((o) => o.label.fi)).toEqual(["Sata_prosenttia 100%"]);
    const [n] = await db.select().from(networks).limit(1);
    expect((await searchLinkOptions(db, "network", n!.name.fi.slice(0, 6))).options.some((o) => o.value === n!.id)).toBe(true);
  });

  it("the search answers staff only, in the reader's language; a bad kind or an empty text is handled", async () => {
    const db = await getDb();
    current.actor = null;
    expect((await search("kind=measure&q=haku")).status).toBe(401);
    current.actor = await actorByEmail(db, "executive@example.com");
    const sv = (await (await search("kind=measure&q=hakutesti%2001&locale=sv")).json()) as { options: { value: string; label: string }[]; more: boolean };
    expect(sv).toMatchObject({ options: [{ label: "Söktest 1" }], more: false });
    expect((await search("kind=nonsense&q=x")).status).toBe(400);
    expect(await (await search("kind=network&q=%20")).json()).toEqual({ options: [], more: false });
  });

  it("a link's history names the item and the measure (fi/sv/en), not their ids", async () => {
    const db = await getDb();
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const [m] = await db.select().from(measures).where(eq(measures.title, { fi: "Hakutesti 03", sv: "Söktest 3", en: "Search test 3" }));
    const [n] = await db.select().from(networks).limit(1);
    expect((await linkMeasure.execute(coordinator, { measureId: m!.id, kind: "network", targetId: n!.id, from: "measure", version: m!.version })).ok).toBe(true);
    const onMeasure = await nameLinkEntries(db, await historyForStaff(db, "measure", m!.id), "en");
    expect(onMeasure.find((e) => e.action === "link")!.after).toEqual({ Item: `Network: ${n!.name.en ?? n!.name.fi}` });
    const onNetwork = await nameLinkEntries(db, await historyForStaff(db, "network", n!.id), "sv");
    expect(onNetwork.find((e) => e.action === "link")!.after).toEqual({ Åtgärd: "Söktest 3" });
    const fi = JSON.stringify(await nameLinkEntries(db, await historyForStaff(db, "network", n!.id), "fi"));
    expect(fi).toContain("Hakutesti 03");
    expect(fi).not.toContain(m!.id);
  });
});
