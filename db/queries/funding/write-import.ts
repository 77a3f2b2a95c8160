import "server-only";
import { inArray } from "drizzle-orm";
import type { Tx } from "../../client";
import { euProjects, fundingProgrammes, units, type EuProject } from "../../schema";

/**
 * What an EU projects' import looks up, once per file (not once per row):
 * the programmes, the units, and the stored projects the file's external ids
 * name (read a thousand ids at a time).
 */
export async function fundingImportLookups(tx: Tx, externalIds: string[]) {
  const programmes = await tx.select({ id: fundingProgrammes.id, code: fundingProgrammes.code, name: fundingProgrammes.name }).from(fundingProgrammes);
  const unitRows = await tx.select({ id: units.id, code: units.code }).from(units);
  const existing: EuProject[] = [];
  for (let i = 0; i < externalIds.length; i += 1000) {
    existing.push(...(await tx.select().from(euProjects).where(inArray(euProjects.externalId, externalIds.slice(i, i + 1000)))));
  }
  return { programmes, unitRows, existing };
}
