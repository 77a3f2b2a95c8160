"use server";

import { randomUUID } from "node:crypto";
import type { Tx } from "@/db/client";
import { listPriorityChoices } from "@/db/queries/networks/staff";
import { statusChangeDays } from "@/db/queries/networks/write";
import { insertImportedNetwork, lockNetworkByIdOrName, networkNameTaken, networkRolesOf, replaceNetworkRoles, saveImportedNetwork, sortedNetworkPriorityIds, unitIdsByCode, type NetworkRoleRow } from "@/db/queries/networks/write-import";
import { formatRolesCell, roleKey, type RoleLine } from "@/lib/networks/roles";
import type { AuditFn } from "@/lib/actions/define-action";
import { defineImportActions } from "@/lib/actions/import-actions";
import { archivedRowError, clearedValues, fromFile, type RowError, type RowOutcome, type ValidatedRow } from "@/lib/import-export/import";
import { latestStatusDay, statusChangeProblem } from "@/lib/networks/status";
import { networkImportSpec, type NetworkCsvRow } from "@/lib/networks/transfer";
import { canonicalText, NETWORK } from "@/lib/networks/write";
import type { Actor } from "@/lib/permissions";
import { changedFields } from "@/lib/publishing";

const compared = ["name", "type", "website", "countryCode", "annualFeeCents", "feeCurrency", "staffDays", "responsibleUnitId", "decisionNumber", "decisionDate", "internalNotes", "status", "statusSince", "statusSincePrecision", "priorityIds", "roles"];

/**
 * The roles a row leaves the network with: the cell's lines, each matched to
 * a stored role by role and body (it keeps its id and its Swedish and English
 * texts), the rest new. Null when the file has no roles column (kept as they are).
 */
function plannedRoles(validated: ValidatedRow<NetworkCsvRow>, stored: NetworkRoleRow[]) {
  const lines = fromFile(validated, "roles", validated.data.roles, null as RoleLine[] | null);
  if (lines === null) return null;
  const free = [...stored];
  return lines.map((line) => {
    const i = free.findIndex((r) => roleKey(r.title.fi, r.body?.fi) === roleKey(line.title, line.body));
    const match = i >= 0 ? free.splice(i, 1)[0] : undefined;
    return {
      id: match?.id ?? randomUUID(),
      title: { ...match?.title, fi: line.title },
      body: line.body ? { ...match?.body, fi: line.body } : null,
      startDate: line.start?.date ?? null,
      startPrecision: line.start?.precision ?? ("day" as const),
      endDate: line.end?.date ?? null,
      endPrecision: line.end?.precision ?? ("day" as const),
    };
  });
}

type Lookups = { unitByCode: Map<string, string>; priorityByTitle: Map<string, string> };

async function lookups(tx: Tx): Promise<Lookups> {
  const [unitByCode, prios] = await Promise.all([unitIdsByCode(tx), listPriorityChoices(tx)]);
  const priorityByTitle = new Map<string, string>();
  for (const p of prios) for (const title of [p.title.fi, p.title.sv, p.title.en]) if (title) priorityByTitle.set(title.trim().toLowerCase(), p.id);
  return { unitByCode, priorityByTitle };
}

/** One row: validated against the database, then (unless checking) written with its history record. */
async function applyRow(tx: Tx, look: Lookups, actor: Actor, audit: AuditFn, validated: ValidatedRow<NetworkCsvRow>, dryRun: boolean): Promise<RowOutcome | RowError[]> {
  const { line, data: row } = validated;
  const errors: RowError[] = [];
  const fail = (column: string, key: string, params?: Record<string, string | number>) => errors.push({ line, column, message: { key, params } });
  const unitId = row.unit ? (look.unitByCode.get(row.unit.toUpperCase()) ?? null) : null;
  if (row.unit && !unitId) fail("unit", "networkTransfer.errors.unknownUnit", { value: row.unit });
  const priorityIds: string[] = [];
  for (const title of row.priorities) {
    const id = look.priorityByTitle.get(title.toLowerCase());
    if (id) priorityIds.push(id);
    else fail("priorities", "networkTransfer.errors.unknownPriority", { value: title.slice(0, 80) });
  }
  const existing = await lockNetworkByIdOrName(tx, row.id, row.name_fi);
  if (row.id && !existing) fail("id", "networkTransfer.errors.unknownNetwork");
  if (existing?.archivedAt) errors.push(archivedRowError(line, row.id ? "id" : "name_fi"));
  // The one rule of every import: a column the file has sets the value (an empty cell clears it), a column it lacks keeps the stored value.
  const keep = <V,>(column: keyof NetworkCsvRow, fileValue: V, stored: V) => fromFile(validated, column, fileValue, existing ? stored : fileValue);
  const sv = keep("name_sv", row.name_sv, existing?.name.sv ?? null);
  const en = keep("name_en", row.name_en, existing?.name.en ?? null);
  const name = { fi: row.name_fi, ...(sv ? { sv } : {}), ...(en ? { en } : {}) };
  for (const lang of ["fi", "sv", "en"] as const) {
    const value = name[lang];
    if (!value) continue;
    if (await networkNameTaken(tx, lang, value, existing?.id ?? null)) fail(`name_${lang}`, "errors.networkNameTaken");
  }
  const history = existing ? await statusChangeDays(tx, existing.id) : [];
  // Since when: the file's (an empty cell = not known, never a default day); without the column the stored one,
  // unless the status itself changes — the file then does not say since when, so it is not known.
  const stored = existing?.statusSince ? { date: existing.statusSince, precision: existing.statusSincePrecision } : null;
  const since = fromFile(validated, "status_since", row.status_since, existing && existing.status === row.status ? stored : null);
  const statusChanged = !existing || existing.status !== row.status || existing.statusSince !== (since?.date ?? null);
  if (statusChanged) {
    const problem = statusChangeProblem(history, since?.date ?? null, undefined, since?.precision);
    if (problem) fail("status_since", `errors.${problem}`, { date: latestStatusDay(history) ?? "" });
  }
  if (errors.length) return errors;

  const values = {
    name,
    type: row.type,
    website: keep("website", row.website, existing?.website ?? null),
    countryCode: keep("country", row.country, existing?.countryCode ?? null),
    annualFeeCents: keep("annual_fee", row.annual_fee, existing?.annualFeeCents ?? null),
    feeCurrency: keep("currency", row.currency, existing?.feeCurrency ?? row.currency),
    staffDays: keep("staff_days", row.staff_days, existing?.staffDays ?? null),
    responsibleUnitId: keep("unit", unitId, existing?.responsibleUnitId ?? null),
    decisionNumber: keep("decision_number", row.decision_number, existing?.decisionNumber ?? null),
    decisionDate: keep("decision_date", row.decision_date, existing?.decisionDate ?? null),
    internalNotes: keep("internal_notes", row.internal_notes, existing?.internalNotes ?? null),
    status: row.status,
    statusSince: since?.date ?? null,
    statusSincePrecision: since?.precision ?? ("day" as const),
  };
  const storedRoles = existing ? await networkRolesOf(tx, existing.id) : [];
  const roles = plannedRoles(validated, storedRoles);
  if (!existing) {
    const links = [...new Set(priorityIds)].sort();
    if (dryRun) return "created" as const;
    const created = await insertImportedNetwork(tx, values, links, actor);
    if (roles?.length) await replaceNetworkRoles(tx, created.id, roles);
    await audit({ entityType: NETWORK, entityId: created.id, action: "import", version: 1, after: { ...values, priorityIds: links, roles: roles?.length ? formatRolesCell(roles) : null } });
    return "created" as const;
  }
  const beforeLinks = await sortedNetworkPriorityIds(tx, existing.id);
  const links = keep("priorities", [...new Set(priorityIds)].sort(), beforeLinks);
  // Roles compare as their cell (Finnish texts; the other languages are kept per matched role).
  const diff = changedFields(
    { ...existing, name: canonicalText(existing.name), priorityIds: beforeLinks, roles: formatRolesCell(storedRoles) || null },
    { ...existing, ...values, name: canonicalText(values.name), priorityIds: links, roles: formatRolesCell(roles ?? storedRoles) || null },
    compared,
  );
  if (!Object.keys(diff.after).length) return "unchanged" as const;
  const outcome = { updated: true as const, cleared: clearedValues(diff.before, diff.after) };
  if (dryRun) return outcome;
  const updated = await saveImportedNetwork(tx, existing, values, statusChanged, links, actor);
  if (roles) await replaceNetworkRoles(tx, existing.id, roles);
  await audit({ entityType: NETWORK, entityId: existing.id, action: "import", version: updated.version, ...diff });
  return outcome;
}

/**
 * Import networks from CSV (the shared all-or-nothing mechanism): rows are
 * matched by id or Finnish name and created or updated; one bad row and
 * nothing is saved. Imported changes wait unpublished for a coordinator.
 */
const networks = defineImportActions({
  list: "networks",
  names: ["networks.import", "networks.importCheck"],
  spec: networkImportSpec,
  context: (tx) => lookups(tx),
  applyRow,
  auditEntity: "network_import",
});

export const importNetworks = networks.apply;
/** The same checks as the import, without saving anything ("Check the file"). */
export const checkNetworksImport = networks.check;
