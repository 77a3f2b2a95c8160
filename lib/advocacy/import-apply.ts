import "server-only";
import type { Tx } from "@/db/client";
import { advocacyImportLookups } from "@/db/queries/advocacy/write-import";
import type { AdvocacyActivity, GovernmentAsk } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import type { AuditFn } from "@/lib/actions/define-action";
import { archivedRowError, clearedValues, fromFile, NOT_ALLOWED, type RowError, type RowOutcome, type ValidatedRow } from "@/lib/import-export/import";
import { localizedFromFile } from "@/lib/import-export/localized";
import { changedFields } from "@/lib/publishing";
import type { Actor } from "@/lib/permissions";
import type { ActivityCsvRow, AskCsvRow } from "./import-spec";
import { loadOwned, mayCreateFor, mayEdit, saveItem, type AdvocacyKind } from "./workflow";

/**
 * Applying one row of an advocacy actions' or asks' import (the shared
 * all-or-nothing import, lib/import-export/import.ts): the row's values are
 * merged with the stored item by the one rule (a column the file has sets the
 * value, an empty cell clears it; a column it lacks keeps the stored value),
 * checked against the database and the person's rights (an editor only their
 * unit's priorities, as in the forms), then saved through the area's own save
 * path (review state, history) — or, when only checking, counted.
 */

/** The same fields the forms save (links stay as they are: the file has no column for them). */
export const ACTIVITY_FIELDS = ["type", "priorityId", "title", "summary", "date", "audience", "consultation", "ministry", "deadline", "declined", "responsibleUserId", "outcome", "internalNotes", "visibility"] as const;
export const ASK_FIELDS = ["programmeYear", "priorityId", "wording", "justification", "target", "outcome", "evidence", "evidenceRef", "internalNotes", "visibility"] as const;

const norm = (s: string) => s.trim().toLowerCase();

/** Lookups an import needs, loaded once per file: priorities by title (any language) and active people by e-mail. */
export async function advocacyImportContext(tx: Tx) {
  const { prios, people } = await advocacyImportLookups(tx);
  const byTitle = new Map<string, Set<string>>();
  for (const p of prios) for (const t of [p.title.fi, p.title.sv, p.title.en]) if (t) byTitle.set(norm(t), (byTitle.get(norm(t)) ?? new Set()).add(p.id));
  const priorityById = new Map(prios.map((p) => [p.id, p]));
  return { byTitle, priorityById, userByEmail: new Map(people.map((u) => [norm(u.email), u.id])) };
}
export type AdvocacyImportContext = Awaited<ReturnType<typeof advocacyImportContext>>;

type Common = { id: string | null; priority: string | null; visibility: "public" | "internal" | null };

/**
 * The parts every advocacy row has: the item it updates, its priority,
 * visibility and who may save it; the row's cells (`data`) and `keep`, the
 * one rule for a plain column (a new item takes the file's value; an update
 * takes it when the file has the column, else keeps the stored one).
 */
async function common<R extends Common, K extends "activity" | "ask">(tx: Tx, ctx: AdvocacyImportContext, actor: Actor, kind: K, row: ValidatedRow<R>) {
  const { line, data } = row;
  const errors: RowError[] = [];
  const fail = (column: string, key: string, params?: Record<string, string | number>) => errors.push({ line, column, message: { key, params } });
  const owned = data.id ? await loadOwned(tx, kind, data.id) : null;
  if (data.id && !owned) fail("id", "errors.unknownItem");
  if (owned?.row.archivedAt) errors.push(archivedRowError(line, "id"));
  const stored = owned?.row as (K extends "activity" ? AdvocacyActivity : GovernmentAsk) | undefined;

  // The priority by its title; the stored one when its title is the cell's (titles may repeat across strategy periods).
  let priorityId: string | null = stored?.priorityId ?? null;
  if (row.present.has("priority")) {
    if (!data.priority) priorityId = null;
    else {
      const found = ctx.byTitle.get(norm(data.priority)) ?? new Set<string>();
      if (stored && found.has(stored.priorityId)) priorityId = stored.priorityId;
      else if (found.size === 1) priorityId = [...found][0]!;
      else {
        fail("priority", found.size ? "import.ambiguousPriority" : "import.unknownPriority");
        priorityId = stored?.priorityId ?? null;
      }
    }
  }
  if (!priorityId && !errors.some((e) => e.column === "priority")) fail("priority", "errors.required");
  // Not-null with a default: a new item's empty or absent cell takes the forms' default; an update's empty cell is refused.
  const visibility = row.present.has("visibility") ? (data.visibility ?? (stored ? null : "public")) : (stored?.visibility ?? "public");
  if (!visibility) fail("visibility", "errors.required");

  // Who may: an editor creates and changes only items of their own unit's priorities (or actions they are responsible for).
  const target = priorityId ? ctx.priorityById.get(priorityId) : undefined;
  if (priorityId && !target && stored?.priorityId !== priorityId) fail("priority", "import.unknownPriority");
  const allowed = owned ? mayEdit(actor, owned) && (!target || priorityId === stored?.priorityId || mayCreateFor(actor, target)) : !target || mayCreateFor(actor, target);
  if (!allowed) fail(owned ? "id" : "priority", NOT_ALLOWED);
  const keep = <V>(column: keyof R & string, fileValue: V, current: V) => fromFile(row, column, fileValue, stored ? current : fileValue);
  return { errors, fail, owned, stored, data, keep, priorityId: priorityId as string, visibility: visibility as "public" | "internal" };
}

/** Save (or, when checking, only count) a row whose values are known. */
async function save<K extends "activity" | "ask">(options: {
  tx: Tx;
  kind: K;
  fields: readonly string[];
  values: Record<string, unknown> & { visibility: "public" | "internal" };
  stored: (K extends "activity" ? AdvocacyActivity : GovernmentAsk) | undefined;
  actor: Actor;
  audit: AuditFn;
  dryRun: boolean;
}): Promise<RowOutcome> {
  const { stored, values, fields } = options;
  if (!stored) {
    if (!options.dryRun) await saveItem({ tx: options.tx, kind: options.kind as AdvocacyKind, fields, values, publishNow: false, actor: options.actor, audit: options.audit });
    return "created";
  }
  const diff = changedFields(stored as unknown as Record<string, unknown>, values, [...fields]);
  if (!Object.keys(diff.after).length) return "unchanged";
  if (!options.dryRun) {
    const existing = { row: stored as never, expectedVersion: stored.version };
    await saveItem({ tx: options.tx, kind: options.kind as AdvocacyKind, fields, values, existing, publishNow: false, actor: options.actor, audit: options.audit });
  }
  return { updated: true, cleared: clearedValues(diff.before, diff.after) };
}

const texts = (row: ValidatedRow<object>, stored: Record<string, LocalizedText | null> | undefined, errors: RowError[], required: string[], optional: string[]) => {
  const out: Record<string, LocalizedText | null> = {};
  for (const base of [...required, ...optional]) {
    const r = localizedFromFile(row, base, stored?.[base], { required: required.includes(base) });
    errors.push(...r.errors);
    out[base] = r.text;
  }
  return out;
};

/** One row of an advocacy actions' file. */
export async function applyActivityRow(tx: Tx, ctx: AdvocacyImportContext, actor: Actor, audit: AuditFn, row: ValidatedRow<ActivityCsvRow>, dryRun: boolean): Promise<RowOutcome | RowError[]> {
  const c = await common(tx, ctx, actor, "activity", row);
  const { stored, errors, fail, data: d, keep } = c;
  const type = row.present.has("type") ? d.type : (stored?.type ?? null);
  if (!type) fail("type", "errors.required");
  const t = texts(row, stored as never, errors, ["title"], ["summary", "outcome"]);
  let responsibleUserId = stored?.responsibleUserId ?? null;
  if (row.present.has("responsible")) {
    responsibleUserId = d.responsible ? (ctx.userByEmail.get(norm(d.responsible)) ?? null) : null;
    if (d.responsible && !responsibleUserId) fail("responsible", "import.unknownPerson");
  }
  let values = {
    type: type as AdvocacyActivity["type"],
    priorityId: c.priorityId,
    title: t.title,
    summary: t.summary,
    date: keep("date", d.date, stored?.date ?? null),
    audience: keep("audience", d.audience, stored?.audience ?? null),
    consultation: keep("consultation", d.consultation, stored?.consultation ?? null),
    ministry: keep("ministry", d.ministry, stored?.ministry ?? null),
    deadline: keep("deadline", d.deadline, stored?.deadline ?? null),
    declined: keep("declined", d.declined ?? false, stored?.declined ?? false),
    responsibleUserId,
    outcome: t.outcome,
    internalNotes: keep("internal_notes", d.internal_notes, stored?.internalNotes ?? null),
    visibility: c.visibility,
  };
  // The forms' rules: a statement needs its consultation's deadline, the others the date they happened.
  if (type === "statement" && !values.deadline) fail("deadline", "errors.required");
  if (type && type !== "statement" && !values.date) fail("date", "errors.required");
  if (errors.length) return errors;
  // Fields that mean nothing for the type are cleared; a given statement is not declined (as the forms do).
  if (type !== "statement") values = { ...values, consultation: null, ministry: null, deadline: null, declined: false };
  else if (values.date) values = { ...values, declined: false };
  return save({ tx, kind: "activity", fields: ACTIVITY_FIELDS, values, stored, actor, audit, dryRun });
}

/** One row of a government asks' file. */
export async function applyAskRow(tx: Tx, ctx: AdvocacyImportContext, actor: Actor, audit: AuditFn, row: ValidatedRow<AskCsvRow>, dryRun: boolean): Promise<RowOutcome | RowError[]> {
  const c = await common(tx, ctx, actor, "ask", row);
  const { stored, errors, fail, data: d, keep } = c;
  const programmeYear = row.present.has("programme_year") ? d.programme_year : (stored?.programmeYear ?? null);
  if (programmeYear === null) fail("programme_year", "errors.required");
  const outcome = row.present.has("outcome") ? (d.outcome ?? (stored ? null : "pending")) : (stored?.outcome ?? "pending");
  if (!outcome) fail("outcome", "errors.required");
  const t = texts(row, stored as never, errors, ["wording"], ["justification", "target", "evidence"]);
  // An adopted or partly adopted ask quotes the programme's wording as evidence (as in the form).
  if ((outcome === "adopted" || outcome === "partly") && !t.evidence) fail("evidence_fi", "errors.evidenceRequired");
  if (errors.length) return errors;
  const values = {
    programmeYear: programmeYear as number,
    priorityId: c.priorityId,
    wording: t.wording,
    justification: t.justification,
    target: t.target,
    outcome: outcome as GovernmentAsk["outcome"],
    evidence: t.evidence,
    evidenceRef: keep("evidence_ref", d.evidence_ref, stored?.evidenceRef ?? null),
    internalNotes: keep("internal_notes", d.internal_notes, stored?.internalNotes ?? null),
    visibility: c.visibility,
  };
  return save({ tx, kind: "ask", fields: ASK_FIELDS, values, stored, actor, audit, dryRun });
}
