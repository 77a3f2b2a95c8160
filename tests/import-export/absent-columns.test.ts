import { eq, sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkProjectImport, importProjects } from "@/app/[locale]/staff/funding/import/actions";
import { checkNetworksImport, importNetworks } from "@/app/[locale]/staff/networks/transfer/actions";
import type { Db } from "@/db/client";
import { euProjects, networkPriorities, networks, type EuProject, type Network } from "@/db/schema";
import { centsToDecimalString } from "@/lib/money";
import type { Actor } from "@/lib/permissions";
import { demoDatabaseAs } from "../helpers/actors";
import { importOutcomeInFull } from "../helpers/import";

/**
 * Issue 15 item 3, one rule for every import: a column the file does not have
 * keeps the stored value; an empty cell in a column it has clears the value,
 * and the check says beforehand how many values will be cleared.
 */
let db: Db;
let coordinator: Actor;
demoDatabaseAs("coordinator@example.com", (r) => ({ db, actor: coordinator } = r));


describe("networks: absent column keeps, empty cell clears", () => {
  let network: Network;
  let links: string[];

  beforeAll(async () => {
    const all = await db.select().from(networks).where(sql`${networks.archivedAt} is null`);
    network = all.find((n) => n.name.sv && n.website && n.countryCode && n.responsibleUnitId)!;
    await db.update(networks).set({ decisionNumber: "HEL 2024-1", internalNotes: "muistiinpano", staffDays: "4.5" }).where(eq(networks.id, network.id));
    [network] = await db.select().from(networks).where(eq(networks.id, network.id)) as [Network];
    links = (await db.select().from(networkPriorities).where(eq(networkPriorities.networkId, network.id))).map((l) => l.priorityId).sort();
  });

  const minimal = () => `name_fi;type;status;status_since\r\n${network.name.fi};${network.type};${network.status};${network.statusSince}\r\n`;

  it("an update file with only the required columns changes nothing (it used to erase the rest)", async () => {
    expect(importOutcomeInFull(await checkNetworksImport.execute(coordinator, { csv: minimal() }))).toEqual({ total: 1, created: 0, updated: 0, unchanged: 1, cleared: 0 });
    expect(importOutcomeInFull(await importNetworks.execute(coordinator, { csv: minimal() }))).toEqual({ total: 1, created: 0, updated: 0, unchanged: 1, cleared: 0 });
    const [after] = await db.select().from(networks).where(eq(networks.id, network.id));
    expect(after).toMatchObject({
      name: network.name,
      website: network.website,
      countryCode: network.countryCode,
      staffDays: network.staffDays,
      responsibleUnitId: network.responsibleUnitId,
      decisionNumber: "HEL 2024-1",
      internalNotes: "muistiinpano",
      annualFeeCents: network.annualFeeCents,
      feeCurrency: network.feeCurrency,
      version: network.version,
    });
    expect((await db.select().from(networkPriorities).where(eq(networkPriorities.networkId, network.id))).map((l) => l.priorityId).sort()).toEqual(links);
  });

  it("empty cells in present columns clear those values; the check counts them first", async () => {
    const csv = `name_fi;name_sv;type;status;status_since;website;internal_notes\r\n${network.name.fi};;${network.type};${network.status};${network.statusSince};;\r\n`;
    expect(importOutcomeInFull(await checkNetworksImport.execute(coordinator, { csv }))).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0, cleared: 3 });
    expect(importOutcomeInFull(await importNetworks.execute(coordinator, { csv }))).toEqual({ total: 1, created: 0, updated: 1, unchanged: 0, cleared: 3 });
    const [after] = await db.select().from(networks).where(eq(networks.id, network.id));
    expect(after?.name.sv).toBeUndefined();
    expect(after).toMatchObject({ website: null, internalNotes: null, decisionNumber: "HEL 2024-1", countryCode: network.countryCode, staffDays: network.staffDays });
  });
});

describe("EU projects: the same rule", () => {
  let project: EuProject;

  beforeAll(async () => {
    [project] = (await db.select().from(euProjects).where(sql`${euProjects.archivedAt} is null`).orderBy(euProjects.externalId).limit(1)) as [EuProject];
    await db.update(euProjects).set({ acronym: "ACR", call: "CALL-1", cordisId: "123456", internalNotes: "sisäinen", stateFundingCents: 12345, ownFundingCents: 500 }).where(eq(euProjects.id, project.id));
    [project] = (await db.select().from(euProjects).where(eq(euProjects.id, project.id))) as [EuProject];
  });

  const eu = () => (project.euContributionCents === null ? "" : centsToDecimalString(project.euContributionCents));
  const programmeCode = async () => (await db.execute(sql`select code from funding_programmes where id = ${project.programmeId}`)) as unknown;
  async function code(): Promise<string> {
    const r = await programmeCode();
    const rows = (Array.isArray(r) ? r : (r as { rows: unknown[] }).rows) as { code: string }[];
    return rows[0]!.code;
  }

  it("a file with only the required columns keeps every other value", async () => {
    const csv = `external_id;name_fi;programme;eu_contribution\r\n${project.externalId};${project.name.fi};${await code()};${eu()}\r\n`;
    expect(importOutcomeInFull(await importProjects.execute(coordinator, { csv }))).toEqual({ total: 1, created: 0, updated: 0, unchanged: 1, cleared: 0 });
    const [after] = await db.select().from(euProjects).where(eq(euProjects.id, project.id));
    expect(after).toMatchObject({ acronym: "ACR", call: "CALL-1", cordisId: "123456", internalNotes: "sisäinen", stateFundingCents: 12345, ownFundingCents: 500, startDate: project.startDate, version: project.version });
  });

  it("empty cells clear (the check says how many first); an emptied co-financing amount is not known (null), not 0", async () => {
    const csv = `external_id;name_fi;programme;eu_contribution;acronym;internal_notes;state_funding\r\n${project.externalId};${project.name.fi};${await code()};${eu()};;;\r\n`;
    expect(importOutcomeInFull(await checkProjectImport.execute(coordinator, { csv }))).toMatchObject({ updated: 1, cleared: 3 });
    expect(importOutcomeInFull(await importProjects.execute(coordinator, { csv }))).toMatchObject({ updated: 1, cleared: 3 });
    const [after] = await db.select().from(euProjects).where(eq(euProjects.id, project.id));
    expect(after).toMatchObject({ acronym: null, internalNotes: null, stateFundingCents: null, call: "CALL-1", cordisId: "123456", ownFundingCents: 500 });
  });
});
