import { and, count, eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { archiveNetwork, createNetwork, publishNetwork, updateNetwork } from "@/app/[locale]/staff/networks/actions";
import { addNetworkRole, addParticipation, changeNetworkStatus } from "@/app/[locale]/staff/networks/[id]/actions";
import { networks, networkStatusChanges, units } from "@/db/schema";
import { getNetworkForStaff, listNetworksForStaff, pageNetworksForStaff } from "@/db/queries/networks/staff";
import { getPublishedNetwork, pagePublishedNetworks } from "@/db/queries/networks/public";
import { portfolioTotals } from "@/lib/networks/portfolio";
import { networkTypes } from "@/lib/networks/status";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });
let coordinator: Actor;
let editor: Actor;
let kansId: string;

const unique = () => `Testiverkosto ${Math.random().toString(36).slice(2, 8)}`;
const base = (name: string) => ({ name_fi: name, name_sv: `${name} sv`, type: "city_network", status: "member", statusSince: "2020-01-01", responsibleUnitId: kansId });

async function networkCount() {
  const db = await getDb();
  const [row] = await db.select({ n: count() }).from(networks);
  return row?.n ?? 0;
}

beforeAll(async () => {
  const db = await getDb();
  coordinator = await actorByEmail(db, "coordinator@example.com");
  editor = await actorByEmail(db, "editor@example.com");
  const [kans] = await db.select().from(units).where(eq(units.code, "KANS"));
  kansId = kans!.id;
});

describe("the seeded registry", () => {
  it("holds the city's networks with exact fee totals", async () => {
    const db = await getDb();
    const list = await listNetworksForStaff(db);
    expect(list.map((n) => n.name.en)).toEqual(expect.arrayContaining(["Eurocities", "Union of the Baltic Cities (UBC)", "Covenant of Mayors for Climate & Energy", "Tallinn", "St Petersburg", "Beijing"]));
    const totals = portfolioTotals(list);
    // Active (member/observer/leaving) fees, by hand: Eurocities 32 500 + UBC 9 800 + ICLEI 8 500 + OASC 5 000
    // + BaltMet 3 000 = 58 800,00 €; Nordic capitals 25 000 SEK. MCE and St Petersburg have left, Kyiv is a candidate.
    expect(totals.total.fees).toEqual({ EUR: 5_880_000, SEK: 2_500_000 });
    expect(totals.byType.find((b) => b.key === "city_network")?.fees).toEqual({ EUR: 4_530_000, SEK: 2_500_000 });
    expect(totals.byType.find((b) => b.key === "global_network")?.fees).toEqual({ EUR: 1_350_000 });
    // Staff days 60 + 25 + 12 + 10 + 6 + 8 + 5 + 7,5 + 10 + 4 = 147,5
    expect(totals.total.staffTenths).toBe(1475);
    expect(totals.byStatus.find((b) => b.key === "left")?.networks).toBe(2);
  });
});

describe("the lists page, filter and sort in SQL", () => {
  it("the staff registry filters like the row-by-row list and pages with counts", async () => {
    const db = await getDb();
    const sort = { key: "name" as const, desc: false };
    const all = await listNetworksForStaff(db);
    const filterSets = [{}, { type: "city_network" }, { status: "member" }, { unitId: kansId }, { q: "CITIES" }, { q: "städer" }, { state: "published" }, { priorityId: all.find((n) => n.priorityIds.length)!.priorityIds[0] }];
    for (const f of filterSets) {
      const expected = await listNetworksForStaff(db, f);
      const got = await pageNetworksForStaff(db, f, { page: 1, sort, locale: "fi" });
      expect(got.total).toBe(expected.length);
      expect(new Set(got.rows.map((r) => r.id))).toEqual(new Set(expected.slice(0, 50).map((r) => r.id)));
    }
    const byFee = await pageNetworksForStaff(db, {}, { page: 1, sort: { key: "fee", desc: true }, locale: "en" });
    const fees = byFee.rows.map((r) => r.annualFeeCents).filter((x) => x !== null);
    expect(fees).toEqual([...fees].sort((a, b) => b! - a!));
    expect(byFee.rows.at(-1)!.annualFeeCents === null || fees.length === byFee.rows.length).toBe(true);
  });
  it("the public list is paged by type and name, published snapshots only", async () => {
    const db = await getDb();
    const first = await pagePublishedNetworks(db, { page: 1 });
    expect(first.from).toBe(1);
    expect([...first.byType.values()].reduce((a, b) => a + b, 0)).toBe(first.total);
    const types = first.rows.map((r) => r.type);
    expect(types).toEqual([...types].sort((a, b) => networkTypes.indexOf(a) - networkTypes.indexOf(b)));
    const cities = await pagePublishedNetworks(db, { page: 1, type: "bilateral" });
    expect(cities.rows.every((r) => r.type === "bilateral")).toBe(true);
    expect(cities.total).toBe(first.byType.get("bilateral"));
    expect(first.rows.every((r) => !("internalNotes" in r) && !("staffDays" in r))).toBe(true);
  });
});

describe("adding and editing networks", () => {
  it("a coordinator adds a network with its status history", async () => {
    const name = unique();
    const result = await createNetwork.execute(coordinator, { ...base(name), annualFee: "1 250,50", staffDays: "7,5", "priorityIds[]": [] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const n = await getNetworkForStaff(await getDb(), result.data.id);
    expect(n?.annualFeeCents).toBe(125_050);
    expect(n?.staffDays).toBe("7.5");
    expect(n?.statusChanges.map((s) => [s.status, s.changedOn])).toEqual([["member", "2020-01-01"]]);
    expect(n?.reviewState).toBe("draft");
  });

  it("refuses a duplicate name whatever its case, and writes nothing", async () => {
    const before = await networkCount();
    const result = await createNetwork.execute(coordinator, { ...base("  EUROCITIES "), name_sv: "Eurocities x" });
    expect(result).toMatchObject({ ok: false, code: "invalid", fields: { name_fi: [{ key: "errors.networkNameTaken" }] } });
    expect(await networkCount()).toBe(before);
  });

  it("refuses a negative fee, bad staff time, a bad web address and a future status date, next to each field", async () => {
    const before = await networkCount();
    const result = await createNetwork.execute(coordinator, { ...base(unique()), annualFee: "-100", staffDays: "abc", website: "not a url", statusSince: "2099-01-01" });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.fields?.annualFee?.[0]?.key).toBe("errors.moneyNegative");
    expect(result.fields?.staffDays?.[0]?.key).toBe("errors.days");
    expect(result.fields?.website?.[0]?.key).toBe("errors.url");
    expect(await networkCount()).toBe(before);
    const future = await createNetwork.execute(coordinator, { ...base(unique()), statusSince: "2099-01-01" });
    expect(future).toMatchObject({ ok: false, fields: { statusSince: [{ key: "errors.statusDateFuture" }] } });
    expect(await networkCount()).toBe(before);
  });

  it("two saves from the same version: exactly one wins, the other gets a conflict naming who saved", async () => {
    const created = await createNetwork.execute(coordinator, base(unique()));
    if (!created.ok) throw new Error("not created");
    const id = created.data.id;
    const name = (await getNetworkForStaff(await getDb(), id))!.name.fi;
    const first = await updateNetwork.execute(coordinator, { ...base(name), id, version: 1, internalNotes: "first" });
    const second = await updateNetwork.execute(editor, { ...base(name), id, version: 1, internalNotes: "second" });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, code: "conflict", conflict: { by: coordinator.name } });
    expect((await getNetworkForStaff(await getDb(), id))?.internalNotes).toBe("first");
  });

  it("an editor's save waits for review; publishing copies only public fields", async () => {
    const created = await createNetwork.execute(editor, { ...base(unique()), internalNotes: "SALAINEN-MUISTIINPANO", staffDays: "3" });
    expect(created.ok).toBe(true);
    if (!created.ok) return;
    const db = await getDb();
    expect((await getNetworkForStaff(db, created.data.id))?.reviewState).toBe("pending");
    expect(await getPublishedNetwork(db, created.data.id)).toBeNull();
    const published = await publishNetwork.execute(coordinator, { id: created.data.id, version: 1 });
    expect(published.ok).toBe(true);
    const pub = await getPublishedNetwork(db, created.data.id);
    expect(pub?.status).toBe("member");
    expect(JSON.stringify(pub)).not.toContain("SALAINEN");
    expect(pub).not.toHaveProperty("staffDays");
    expect(pub).not.toHaveProperty("internalNotes");
  });

  it("publishing needs the Swedish name", async () => {
    const created = await createNetwork.execute(coordinator, { ...base(unique()), name_sv: "" });
    if (!created.ok) throw new Error("not created");
    const result = await publishNetwork.execute(coordinator, { id: created.data.id, version: 1 });
    expect(result).toMatchObject({ ok: false, fields: { name_sv: [{ key: "errors.translationMissing" }] } });
  });

  it("an archived network leaves the lists and the public site", async () => {
    const created = await createNetwork.execute(coordinator, { ...base(unique()), intent: "publish" });
    if (!created.ok) throw new Error("not created");
    const db = await getDb();
    const n = await getNetworkForStaff(db, created.data.id);
    expect(await getPublishedNetwork(db, created.data.id)).not.toBeNull();
    expect((await archiveNetwork.execute(coordinator, { id: n!.id, version: n!.version })).ok).toBe(true);
    expect(await getPublishedNetwork(db, created.data.id)).toBeNull();
    expect((await listNetworksForStaff(db)).some((x) => x.id === n!.id)).toBe(false);
  });
});

describe("membership status history", () => {
  it("keeps changes in date order and refuses one dated before a later change", async () => {
    const created = await createNetwork.execute(coordinator, { ...base(unique()), statusSince: "2021-05-01" });
    if (!created.ok) throw new Error("not created");
    const id = created.data.id;
    const ok = await changeNetworkStatus.execute(coordinator, { networkId: id, version: 1, status: "leaving", changedOn: "2022-12-14" });
    expect(ok.ok).toBe(true);
    const before = await changeNetworkStatus.execute(coordinator, { networkId: id, version: 2, status: "left", changedOn: "2022-01-01" });
    expect(before).toMatchObject({ ok: false, fields: { changedOn: [{ key: "errors.statusDateBeforeLatest", params: { date: "2022-12-14" } }] } });
    const db = await getDb();
    const [{ n } = { n: 0 }] = await db.select({ n: count() }).from(networkStatusChanges).where(eq(networkStatusChanges.networkId, id));
    expect(n).toBe(2);
    const network = await getNetworkForStaff(db, id);
    expect([network?.status, network?.statusSince, network?.version]).toEqual(["leaving", "2022-12-14", 2]);
  });

  it("an editor can record status, roles and participation for their unit's network but not another unit's", async () => {
    const db = await getDb();
    const [elke] = await db.select().from(networks).where(sql`${networks.name}->>'en' = 'ICLEI – Local Governments for Sustainability'`);
    const [ubc] = await db.select().from(networks).where(sql`${networks.name}->>'en' = 'Union of the Baltic Cities (UBC)'`);
    const refused = await addParticipation.execute(editor, { networkId: elke!.id, occurredOn: "2023-01-01", kind: "meeting", title: "x" });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    const added = await addParticipation.execute(editor, { networkId: ubc!.id, occurredOn: "2023-01-01", kind: "meeting", title: "UBC board", participants: "Eero", outcome: "OK" });
    expect(added.ok).toBe(true);
    const role = await addNetworkRole.execute(editor, { networkId: ubc!.id, version: ubc!.version, title_fi: "Jäsen", startDate: "2023-01-01", endDate: "2022-01-01" });
    expect(role).toMatchObject({ ok: false, fields: { endDate: [{ key: "errors.endBeforeStart" }] } });
    const [after] = await db.select().from(networks).where(and(eq(networks.id, ubc!.id)));
    expect(after?.version).toBe(ubc!.version);
  });
});
