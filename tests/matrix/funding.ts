import { asc, eq } from "drizzle-orm";
import {
  euProjectAlignments,
  euProjectAudits,
  euProjectPartners,
  euProjectReports,
  euProjects,
  fundingProgrammes,
  priorities,
  units,
} from "@/db/schema";
import { adminOnly, managers, ownersAndManagers, staffOnly, thirdUnitId, type Expectations, type FixtureContext, type MatrixRows } from "../helpers/matrix";

/** A project owned by the fixture's owner unit, with one alignment, partner, report and audit. */
async function projectFixture(ctx: FixtureContext, values: Partial<typeof euProjects.$inferInsert> = {}) {
  const [programme] = await ctx.db.select({ id: fundingProgrammes.id }).from(fundingProgrammes).orderBy(asc(fundingProgrammes.sortOrder)).limit(1);
  const [priority] = await ctx.db.select({ id: priorities.id }).from(priorities).orderBy(asc(priorities.sortOrder)).limit(1);
  const [p] = await ctx.db
    .insert(euProjects)
    .values({
      externalId: `MX-${ctx.unique}`,
      name: { fi: `Hanke ${ctx.unique}`, sv: `Projekt ${ctx.unique}` },
      programmeId: programme!.id,
      status: "ongoing",
      euContributionCents: 100_000_00,
      responsibleUnitId: ctx.ownerUnitId,
      ...values,
    })
    .returning();
  await ctx.db.insert(euProjectAlignments).values({ projectId: p!.id, priorityId: priority!.id, strength: 2, justification: "Perustelu" });
  const [partner] = await ctx.db.insert(euProjectPartners).values({ projectId: p!.id, organisation: "Stad Antwerpen", country: "BE" }).returning();
  const [report] = await ctx.db.insert(euProjectReports).values({ projectId: p!.id, title: "Periodic report 1", dueDate: "2030-01-31" }).returning();
  const [audit] = await ctx.db.insert(euProjectAudits).values({ projectId: p!.id, auditor: "FLC", auditDate: "2024-05-01", findings: "Ei huomautettavaa." }).returning();
  return { project: p!, programmeId: programme!.id, priorityId: priority!.id, partnerId: partner!.id, reportId: report!.id, auditId: audit!.id };
}

type ProjectFixture = Awaited<ReturnType<typeof projectFixture>>;

/** A fixture for an action on the project: its id and version, with the fields the action needs from the project's fixture. */
const onProject =
  (fields: (f: ProjectFixture, ctx: FixtureContext) => Record<string, unknown> | Promise<Record<string, unknown>> = () => ({})) =>
  async (ctx: FixtureContext) => {
    const f = await projectFixture(ctx);
    return { id: f.project.id, version: String(f.project.version), ...(await fields(f, ctx)) };
  };

const form = (ctx: FixtureContext, programmeId: string) => ({
  externalId: `MX-NEW-${ctx.unique}`,
  nameFi: `Uusi hanke ${ctx.unique}`,
  nameSv: `Nytt projekt ${ctx.unique}`,
  programmeId,
  role: "partner",
  totalBudgetCents: "2 000 000",
  euContributionCents: "800 000,50",
  stateFundingCents: "",
  ownFundingCents: "200 000",
  startDate: "2025-01-01",
  endDate: "2027-12-31",
  responsibleUnitId: ctx.ownerUnitId,
  links: "CORDIS | https://cordis.europa.eu/project/id/101096911",
  riskLevel: "low",
  internalNotes: "",
});

async function csvFor(ctx: FixtureContext) {
  const [unit] = await ctx.db.select({ code: units.code }).from(units).where(eq(units.id, ctx.ownerUnitId));
  return `external_id;name_fi;programme;status;role;eu_contribution;unit\nMX-CSV-${ctx.unique};Tuotu hanke;HORIZON;granted;partner;1 250 000,50;${unit!.code}\n`;
}

/** Executives, coordinators and admins: those who may export. */
const exporters: Expectations = { public: "refused", executive: "allowed", editorOwn: "refused", editorOther: "refused", coordinator: "allowed", admin: "allowed" };

/** EU funding: every action × role (README.md in this folder). */
export const rows: MatrixRows = {
  actions: [
    {
      action: "funding.project.create",
      fixture: async (ctx) => ({ ...form(ctx, (await projectFixture(ctx)).programmeId), status: "idea", statusDate: "" }),
      expect: ownersAndManagers,
    },
    {
      action: "funding.project.update",
      fixture: onProject((f, ctx) => ({ ...form(ctx, f.programmeId), externalId: f.project.externalId, euContributionCents: "123 456,78" })),
      expect: ownersAndManagers,
      verifyAllowed: async (ctx, input) => {
        const [p] = await ctx.db.select().from(euProjects).where(eq(euProjects.id, String(input.id)));
        if (p?.euContributionCents !== 12345678) throw new Error("the allowed save did not change the money");
      },
    },
    {
      // Issue 14 item 7: the contact person may edit the project but not hand it to another unit.
      action: "funding.project.update",
      case: "hand-over to a third unit by the contact person",
      fixture: onProject(async (f, ctx) => {
        if (ctx.caller) await ctx.db.update(euProjects).set({ contactId: ctx.caller.id }).where(eq(euProjects.id, f.project.id));
        return { ...form(ctx, f.programmeId), externalId: f.project.externalId, responsibleUnitId: await thirdUnitId(ctx), contactId: ctx.caller?.id ?? "" };
      }),
      expect: managers,
    },
    { action: "funding.project.status", fixture: onProject(() => ({ status: "closed", changedOn: "2024-01-01", note: "" })), expect: ownersAndManagers },
    { action: "funding.project.publish", fixture: onProject(), expect: managers },
    { action: "funding.project.return", fixture: onProject(() => ({ comment: "Tarkenna perustelut" })), expect: managers },
    { action: "funding.project.archive", fixture: onProject(), expect: managers },
    {
      action: "funding.alignment.set",
      fixture: onProject((f) => ({ priorityId: f.priorityId, strength: "3", justification: "Vahva kytkentä" })),
      expect: ownersAndManagers,
    },
    {
      action: "funding.alignment.remove",
      fixture: onProject((f) => ({ priorityId: f.priorityId })),
      expect: ownersAndManagers,
    },
    { action: "funding.partner.save", fixture: onProject(() => ({ organisation: "Ville de Lyon", country: "fr", role: "partner" })), expect: ownersAndManagers },
    {
      action: "funding.partner.remove",
      fixture: onProject((f) => ({ partnerId: f.partnerId })),
      expect: ownersAndManagers,
    },
    {
      action: "funding.report.save",
      fixture: onProject((f) => ({ reportId: f.reportId, title: "Periodic report 1", dueDate: "31.1.2030", submittedOn: "15.1.2030", periodStart: "", periodEnd: "", note: "" })),
      expect: ownersAndManagers,
    },
    {
      action: "funding.report.remove",
      fixture: onProject((f) => ({ reportId: f.reportId })),
      expect: ownersAndManagers,
    },
    {
      action: "funding.audit.save",
      fixture: onProject(() => ({ auditor: "Euroopan komissio", auditDate: "2024-06-01", findings: "Tuntikirjanpito puutteellinen", followUpStatus: "open", followUpDue: "2030-01-01" })),
      expect: ownersAndManagers,
    },
    {
      action: "funding.audit.remove",
      fixture: onProject((f) => ({ auditId: f.auditId })),
      expect: ownersAndManagers,
    },
    {
      action: "funding.programme.create",
      fixture: async (ctx) => ({ code: `P-${ctx.unique}`.slice(0, 30), nameFi: "Testiohjelma", nameSv: "Testprogram", nameEn: "", managementMode: "direct", periodStart: "2021", periodEnd: "2027", active: "on" }),
      expect: adminOnly,
    },
    {
      action: "funding.programme.update",
      fixture: async (ctx) => {
        const [p] = await ctx.db.insert(fundingProgrammes).values({ code: `Q-${ctx.unique}`.toUpperCase().slice(0, 30), name: { fi: "Ohjelma", sv: "Program" }, managementMode: "shared" }).returning();
        return { id: p!.id, version: String(p!.version), code: p!.code, nameFi: "Ohjelma 2", nameSv: "Program 2", nameEn: "Programme 2", managementMode: "direct", periodStart: "2021", periodEnd: "2027", active: "on" };
      },
      expect: adminOnly,
    },
    { action: "funding.import", fixture: async (ctx) => ({ csv: await csvFor(ctx) }), expect: managers },
    { action: "funding.import.check", fixture: async (ctx) => ({ csv: await csvFor(ctx) }), expect: managers },
  ],
  routes: [
    {
      route: "POST /api/funding/import",
      request: async (ctx) => ({ request: new Request("http://localhost/api/funding/import", { method: "POST", body: await csvFor(ctx), headers: { "content-type": "text/csv" } }) }),
      expect: managers,
    },
    {
      route: "GET /api/funding/export",
      request: async () => ({ request: new Request("http://localhost/api/funding/export?format=xlsx") }),
      expect: exporters,
    },
    {
      // A chart of the portfolio as an image (and its numbers as JSON, the same handler): every staff member reads the portfolio; reads only.
      route: "GET /[locale]/staff/funding/charts/[chart]",
      request: async () => ({ request: new Request("http://localhost/fi/staff/funding/charts/fig-heat.json"), params: { locale: "fi", chart: "fig-heat.json" } }),
      expect: staffOnly,
    },
  ],
};
