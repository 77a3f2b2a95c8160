import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/db/client";
import { loadNetworkForAction } from "@/db/queries/networks/staff";
import { measureLinks, evaluationRounds, type MeasureLink } from "@/db/schema";
import { entityType as advocacyEntity } from "@/lib/advocacy/kinds";
import { mayEdit as mayEditAdvocacy } from "@/lib/advocacy/workflow";
import { advocacyTables, loadOwned } from "@/db/queries/advocacy/write";
import { ENTITY as EU_PROJECT, mayEditProject } from "@/lib/funding/project-write";
import { loadProject, projectsTable } from "@/db/queries/funding/write";
import { lockRound, ROUND_ENTITY as EVALUATION_ROUND } from "@/db/queries/evaluation/write";
import { networksTable } from "@/db/queries/networks/write";
import { NETWORK, mayEditNetwork } from "@/lib/networks/write";
import { can, type Actor } from "@/lib/permissions";
import type { VersionedTable } from "@/lib/publishing";
import { linkColumn, type MeasureLinkKind } from "@/lib/links/kinds";

/** The item at the other end of a link, locked for the write, with its own edit rule and history name. */
export type LinkTarget = {
  kind: MeasureLinkKind;
  id: string;
  version: number;
  table: VersionedTable;
  entityType: string;
  mayEdit: (actor: Actor) => boolean;
};

/** Lock the target of a link; null when it does not exist or is archived (it can then not be linked). */
export async function loadLinkTarget(tx: Tx, kind: MeasureLinkKind, id: string): Promise<LinkTarget | null> {
  switch (kind) {
    case "euProject": {
      const p = await loadProject(tx, { id });
      return p ? { kind, id, version: p.version, table: projectsTable, entityType: EU_PROJECT, mayEdit: (a) => mayEditProject(a, p) } : null;
    }
    case "network": {
      const n = await loadNetworkForAction(tx, id);
      return n && !n.archivedAt ? { kind, id, version: n.version, table: networksTable, entityType: NETWORK, mayEdit: (a) => mayEditNetwork(a, n) } : null;
    }
    case "advocacyActivity":
    case "governmentAsk": {
      const k = kind === "advocacyActivity" ? "activity" : "ask";
      const owned = await loadOwned(tx, k, id);
      return owned && !owned.row.archivedAt
        ? { kind, id, version: owned.row.version, table: advocacyTables[k], entityType: advocacyEntity[k], mayEdit: (a) => mayEditAdvocacy(a, owned) }
        : null;
    }
    case "evaluationRound": {
      const r = await lockRound(tx, id);
      return r ? { kind, id, version: r.version, table: evaluationRounds, entityType: EVALUATION_ROUND, mayEdit: (a) => can(a.role, "evaluation.manage") } : null;
    }
  }
}

/** The link between this measure and this target, if there is one. */
export async function findLink(tx: Tx, measureId: string, kind: MeasureLinkKind, targetId: string): Promise<MeasureLink | null> {
  const column = measureLinks[linkColumn[kind]];
  const [row] = await tx
    .select()
    .from(measureLinks)
    .where(and(eq(measureLinks.measureId, measureId), eq(measureLinks.kind, kind), eq(column, targetId)));
  return row ?? null;
}

export async function insertLink(tx: Tx, measureId: string, kind: MeasureLinkKind, targetId: string, actor: Actor) {
  await tx.insert(measureLinks).values({ measureId, kind, [linkColumn[kind]]: targetId, createdBy: actor.id });
}

export async function deleteLink(tx: Tx, id: string) {
  await tx.delete(measureLinks).where(eq(measureLinks.id, id));
}
