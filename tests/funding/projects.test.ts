import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { createProject, publishProject, updateProject } from "@/app/[locale]/staff/funding/actions";
import { alignProject, saveReport } from "@/app/[locale]/staff/funding/projects/[id]/actions";
import type { Db } from "@/db/client";
import { listProjectsForStaff } from "@/db/queries/funding/projects";
import { getPublishedProject, listPublishedProjects } from "@/db/queries/funding/public";
import { euProjects, priorities, units } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { createActor, demoDatabaseWith, demoStaff } from "../helpers/actors";
import { changedTables, databaseChecksum } from "../helpers/checksum";
import { programmeId, projectForm } from "./helpers";
import { todayInHelsinki } from "@/lib/dates";

// The review comparison is formatted with the real UI strings, outside a Next request.
vi.mock("next-intl/server", async () => {
  const { createTranslator } = await import("next-intl");
  const { loadMessages } = await import("@/lib/i18n/messages");
  return {
    getTranslations: async (opts: { locale: "fi" | "sv" | "en"; namespace?: string }) =>
      createTranslator({ locale: opts.locale, messages: await loadMessages(opts.locale), namespace: opts.namespace as never }),
  };
});

let db: Db, coordinator: Actor, editor: Actor; // demo editor, unit KANS
demoDatabaseWith(demoStaff, (r) => ({ db, coordinator, editor } = r));
let horizon: string;
let kans: string;
let elke: string;

beforeAll(async () => {
  horizon = await programmeId(db, "HORIZON");
  kans = (await db.select().from(units).where(eq(units.code, "KANS")))[0]!.id;
  elke = (await db.select().from(units).where(eq(units.code, "ELKE")))[0]!.id;
});

async function create(values: Record<string, string> = {}, actor: Actor = coordinator) {
  const r = await createProject.execute(actor, projectForm({ programmeId: horizon, responsibleUnitId: kans, ...values }));
  if (!r.ok) throw new Error(JSON.stringify(r));
  const [p] = await db.select().from(euProjects).where(eq(euProjects.id, r.data.id));
  return p!;
}

describe("bad input gets a translated message next to the field and writes nothing", () => {
  it.each([
    ["negative money", { euContributionCents: "-100" }, "euContributionCents", "errors.moneyNegative"],
    ["non-numeric money", { ownFundingCents: "paljon" }, "ownFundingCents", "errors.money"],
    ["an end before the start", { startDate: "1.6.2025", endDate: "31.5.2025" }, "endDate", "errors.endBeforeStart"],
    ["shares above the total", { totalBudgetCents: "1 000", euContributionCents: "800", ownFundingCents: "200,01" }, "totalBudgetCents", "errors.sharesExceedTotal"],
    ["an unknown programme", { programmeId: "00000000-0000-4000-8000-000000000000" }, "programmeId", "errors.unknownProgramme"],
    ["a malformed date", { startDate: "31.2.2025" }, "startDate", "errors.flexibleDate"],
    ["a month after a year-only end", { startDate: "06/2025", endDate: "2024" }, "endDate", "errors.endBeforeStart"],
  ])("%s", async (_label, values, field, key) => {
    const before = await databaseChecksum(db);
    const r = await createProject.execute(coordinator, projectForm({ programmeId: horizon, ...values }));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.code).toBe("invalid");
    expect(r.fields?.[field]?.[0]?.key).toBe(key);
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });

  it("a strength outside 0–3 is refused", async () => {
    const p = await create();
    const [priority] = await db.select().from(priorities).limit(1);
    const before = await databaseChecksum(db);
    for (const strength of ["4", "-1", "x", "2.5"]) {
      const r = await alignProject.execute(coordinator, { id: p.id, version: String(p.version), priorityId: priority!.id, strength, justification: "Perustelu" });
      expect(r.ok, strength).toBe(false);
      if (!r.ok) expect(r.fields?.strength?.length, strength).toBeGreaterThan(0);
    }
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });
});

describe("editing", () => {
  it("two saves from the same version: one wins, the other gets a conflict naming who", async () => {
    const p = await create();
    const form = { ...projectForm({ programmeId: horizon, responsibleUnitId: kans, externalId: p.externalId }), id: p.id, version: String(p.version) };
    const first = await updateProject.execute(coordinator, { ...form, euContributionCents: "1 000" });
    const second = await updateProject.execute(editor, { ...form, euContributionCents: "2 000" });
    expect(first.ok).toBe(true);
    expect(second).toMatchObject({ ok: false, code: "conflict", conflict: { by: coordinator.name } });
    const [after] = await db.select().from(euProjects).where(eq(euProjects.id, p.id));
    expect(after?.euContributionCents).toBe(100000);
  });

  it("an editor edits projects of their unit (changes wait for review) but not another unit's", async () => {
    const own = await create({ responsibleUnitId: kans });
    const other = await create({ responsibleUnitId: elke });
    const ok = await updateProject.execute(editor, { ...projectForm({ programmeId: horizon, responsibleUnitId: kans, externalId: own.externalId }), id: own.id, version: String(own.version) });
    expect(ok.ok).toBe(true);
    expect((await db.select().from(euProjects).where(eq(euProjects.id, own.id)))[0]?.reviewState).toBe("pending");
    const refused = await updateProject.execute(editor, { ...projectForm({ programmeId: horizon, responsibleUnitId: elke, externalId: other.externalId }), id: other.id, version: String(other.version) });
    expect(refused).toMatchObject({ ok: false, code: "forbidden" });
    const moved = await updateProject.execute(editor, { ...projectForm({ programmeId: horizon, responsibleUnitId: elke, externalId: own.externalId }), id: own.id, version: "2" });
    expect(moved).toMatchObject({ ok: false, code: "forbidden" });
  });

  it("an editor of another unit cannot create a project for a unit not theirs", async () => {
    const other = await createActor(db, "editor", "ELKE");
    const r = await createProject.execute(other, projectForm({ programmeId: horizon, responsibleUnitId: kans }));
    expect(r).toMatchObject({ ok: false, code: "forbidden" });
  });
});

describe("publishing", () => {
  it("the public sees the snapshot, never internal notes, risk or audits; later drafts stay private", async () => {
    const p = await create({ nameFi: "Julkinen hanke", nameSv: "Offentligt projekt", internalNotes: "SALAINEN-MUISTIINPANO", riskLevel: "high", euContributionCents: "500 000" });
    const [priority] = await db.select().from(priorities).limit(1);
    const aligned = await alignProject.execute(coordinator, { id: p.id, version: "1", priorityId: priority!.id, strength: "3", justification: "SISÄINEN PERUSTELU" });
    expect(aligned.ok).toBe(true);
    const published = await publishProject.execute(coordinator, { id: p.id, version: "2" });
    expect(published.ok).toBe(true);
    const pub = await getPublishedProject(db, p.id);
    const text = JSON.stringify(pub);
    expect(pub?.name.fi).toBe("Julkinen hanke");
    expect(pub?.euContributionCents).toBe(50000000);
    expect(pub?.alignments).toEqual([{ priorityId: priority!.id, strength: 3 }]);
    for (const secret of ["SALAINEN", "SISÄINEN", "riskLevel", "internalNotes", "ownFundingCents", "audits", "reports"]) expect(text).not.toContain(secret);
    // A later edit changes the working copy only.
    await updateProject.execute(coordinator, { ...projectForm({ programmeId: horizon, responsibleUnitId: kans, externalId: p.externalId, nameFi: "Luonnosnimi", nameSv: "Utkast" }), id: p.id, version: "3" });
    expect((await getPublishedProject(db, p.id))?.name.fi).toBe("Julkinen hanke");
  });

  it("publishing needs the Swedish name", async () => {
    const p = await create({ nameSv: "" });
    const r = await publishProject.execute(coordinator, { id: p.id, version: "1" });
    expect(r).toMatchObject({ ok: false, code: "invalid", fields: { name: [{ key: "errors.translationMissing" }] } });
    expect(await getPublishedProject(db, p.id)).toBeNull();
  });

  it("unpublished demo projects are not listed publicly; filters and totals work on the snapshots", async () => {
    const { projects, total, totalEuCents, statuses } = await listPublishedProjects(db);
    expect(statuses.sort()).toEqual([...new Set(projects.map((p) => p.status))].sort());
    expect(projects.some((x) => x.acronym === "AICITY")).toBe(false);
    expect(projects.some((x) => x.acronym === "HELTWIN")).toBe(true);
    expect(total).toBe(projects.length);
    expect(totalEuCents).toBe(projects.reduce((sum, p) => sum + (p.euContributionCents ?? 0), 0));
    const closed = await listPublishedProjects(db, { status: "closed" });
    expect(closed.projects.map((p) => p.acronym).sort()).toEqual(["MOVEVET", "SMARTPORTS"]);
  });
});

describe("the staff list", () => {
  it("flags overdue reports per project and filters by them", async () => {
    const p = await create({ acronym: "LATEONE" });
    const r = await saveReport.execute(coordinator, { id: p.id, version: "1", title: "Väliraportti", dueDate: "1.1.2024" });
    expect(r.ok).toBe(true);
    const { rows } = await listProjectsForStaff(db, { flag: "overdue" }, todayInHelsinki());
    const mine = rows.find((x) => x.id === p.id);
    expect(mine?.overdueReports).toBe(1);
    expect(rows.every((x) => x.overdueReports > 0)).toBe(true);
    const demo = await listProjectsForStaff(db, { q: "REBOOST" }, todayInHelsinki());
    expect(demo.rows[0]?.overdueReports).toBe(1);
    expect(demo.rows[0]?.openFindings).toBe(1);
  });
});

describe("the cross-area review queue", () => {
  it("an editor's change waits in the queue; the coordinator compares and publishes it there", async () => {
    const { publishItem } = await import("@/app/[locale]/staff/review/actions");
    const { fundingReviewSource } = await import("@/lib/funding/review-source");
    const p = await create({ nameFi: "Jonossa", nameSv: "I kö", euContributionCents: "10 000" });
    const saved = await updateProject.execute(editor, { ...projectForm({ programmeId: horizon, responsibleUnitId: kans, externalId: p.externalId, nameFi: "Jonossa", nameSv: "I kö", euContributionCents: "12 345,67" }), id: p.id, version: "1" });
    expect(saved.ok).toBe(true);
    const queued = (await fundingReviewSource.queue(db)).find((i) => i.id === p.id);
    expect(queued).toMatchObject({ state: "pending", area: "funding", by: editor.name });
    const detail = await fundingReviewSource.detail(db, p.id, "fi");
    expect(detail?.rows.find((r) => r.key === "euContribution")).toMatchObject({ published: null, draft: expect.stringMatching(/^12\s345,67\s€$/) });
    const published = await publishItem.execute(coordinator, { type: "euProject", id: p.id, version: 2 });
    expect(published.ok).toBe(true);
    expect((await getPublishedProject(db, p.id))?.euContributionCents).toBe(1234567);
    expect((await fundingReviewSource.queue(db)).some((i) => i.id === p.id)).toBe(false);
  });
});
