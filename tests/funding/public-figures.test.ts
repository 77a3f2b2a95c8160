import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { alignedShare } from "@/db/queries/funding/portfolio";
import { listPublishedProjects, publicAlignedShare, publicEuByPriority } from "@/db/queries/funding/public";
import { euProjects } from "@/db/schema";
import { ALIGNED_MIN_STRENGTH, LINKED_MIN_STRENGTH, SECURED_STATUSES, SHARE_STATUSES } from "@/lib/funding/rules";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

const allPublished = async () => (await listPublishedProjects(await getDb(), { page: 1 })).projects;

describe("EU money in public: the staff portfolio's definitions over published projects only", () => {
  it("the aligned share counts each published granted/ongoing project once, aligned at strength ≥ 2", async () => {
    const db = await getDb();
    const projects = (await allPublished()).filter((p) => (SHARE_STATUSES as readonly string[]).includes(p.status));
    const known = projects.filter((p) => p.euContributionCents !== null);
    const total = known.reduce((s, p) => s + (p.euContributionCents ?? 0), 0);
    const aligned = known.filter((p) => p.alignments.some((a) => a.strength >= ALIGNED_MIN_STRENGTH)).reduce((s, p) => s + (p.euContributionCents ?? 0), 0);
    const share = await publicAlignedShare(db);
    expect(share).toMatchObject({ totalCents: total, alignedCents: aligned, projects: known.length, unknownAmountProjects: projects.length - known.length });
    expect(share.basisPoints).toBe(Math.round((aligned * 10000) / total));
    // With every project published, the public figure is the staff portfolio's own.
    const staff = await alignedShare(db);
    const unpublished = await db.select({ id: euProjects.id }).from(euProjects).where(eq(euProjects.reviewState, "draft"));
    if (unpublished.length === 0) expect(share.basisPoints).toBe(staff.basisPoints);
  });

  it("money by priority counts every link ≥ 1 of published secured projects, and an unknown amount apart (never as 0)", async () => {
    const db = await getDb();
    const projects = (await allPublished()).filter((p) => (SECURED_STATUSES as readonly string[]).includes(p.status) && p.euContributionCents !== null);
    const expected = new Map<string, number>();
    for (const p of projects) for (const a of p.alignments) if (a.strength >= LINKED_MIN_STRENGTH) expected.set(a.priorityId, (expected.get(a.priorityId) ?? 0) + (p.euContributionCents ?? 0));
    const rows = await publicEuByPriority(db);
    expect(new Map(rows.map((r) => [r.priorityId, r.euCents]))).toEqual(expected);
    // A published project whose EU contribution is not known is counted apart, not as 0 €.
    const [one] = projects;
    const [row] = await db.select({ published: euProjects.published }).from(euProjects).where(eq(euProjects.id, one!.id));
    const unknownBefore = (await listPublishedProjects(db, { page: 1 })).unknownEu;
    await db.update(euProjects).set({ published: { ...row!.published, euContributionCents: null } }).where(eq(euProjects.id, one!.id));
    const after = await publicEuByPriority(db);
    const linked = one!.alignments.find((a) => a.strength >= LINKED_MIN_STRENGTH)!.priorityId;
    expect(after.find((r) => r.priorityId === linked)?.unknownAmountProjects).toBe((rows.find((r) => r.priorityId === linked)?.unknownAmountProjects ?? 0) + 1);
    expect(after.find((r) => r.priorityId === linked)?.euCents).toBe((expected.get(linked) ?? 0) - (one!.euContributionCents ?? 0));
    const before = (await listPublishedProjects(db, { page: 1 })).unknownEu;
    expect(before).toBe(unknownBefore + 1);
    await db.update(euProjects).set({ published: row!.published }).where(eq(euProjects.id, one!.id));
  });

  it("the public list filters by priority in SQL", async () => {
    const db = await getDb();
    const projects = await allPublished();
    const priorityId = projects.flatMap((p) => p.alignments)[0]!.priorityId;
    const filtered = await listPublishedProjects(db, { priorityId, page: 1 });
    expect(filtered.total).toBe(projects.filter((p) => p.alignments.some((a) => a.priorityId === priorityId)).length);
    expect(filtered.projects.every((p) => p.alignments.some((a) => a.priorityId === priorityId))).toBe(true);
  });
});
