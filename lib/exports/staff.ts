import type { AdvocacyActivity, GovernmentAsk } from "@/db/schema";
import type { LocalizedText } from "@/db/schema/common";
import type { ExportColumn } from "@/lib/import-export/table";

/**
 * Staff exports of the strategy's measures (with their latest round texts),
 * progress updates, advocacy actions and government asks, as CSV and .xlsx
 * through the one export mechanism (lib/import-export/table.ts: formula-like
 * text neutralised in CSV, real dates in spreadsheets). Each kind's columns
 * are its file contract: the header names and order an import of the kind
 * reads (snake_case, a `_fi/_sv/_en` column per language, the row's `id` as
 * the key, lists joined with "; "), the same convention as the EU project
 * and network files.
 */
export const staffExportKinds = ["measures", "progress-updates", "advocacy-actions", "asks", "indicator-values"] as const;
export type StaffExportKind = (typeof staffExportKinds)[number];
export const isStaffExportKind = (v: string): v is StaffExportKind => (staffExportKinds as readonly string[]).includes(v);

const langs = ["fi", "sv", "en"] as const;
/** One text column per language. */
function localized<T>(base: string, get: (row: T) => LocalizedText | null | undefined): ExportColumn<T>[] {
  return langs.map((l) => ({ header: `${base}_${l}`, value: (r: T) => get(r)?.[l] ?? null }));
}

export type MeasureExportRow = {
  id: string;
  goal: LocalizedText;
  priorities: LocalizedText[];
  title: LocalizedText;
  description: LocalizedText | null;
  status: string;
  progress: number;
  startDate: string | null;
  dueDate: string | null;
  duePrecision: string;
  unitCode: string | null;
  weight: number;
  visibility: string;
  internalNotes: string | null;
  round: { name: LocalizedText; cutOffDate: string; status: string; progress: number; narrative: LocalizedText | null; writtenAt: string | null } | null;
};

export type ProgressUpdateExportRow = { id: string; measureId: string; measureTitle: LocalizedText; date: string; body: LocalizedText; visibility: string; author: string | null };

/** An advocacy action as staff export it: the working copy's own fields, its priority's title and the responsible person's e-mail. */
export type AdvocacyActionExportRow = Pick<AdvocacyActivity, "id" | "type" | "title" | "summary" | "date" | "audience" | "consultation" | "ministry" | "deadline" | "declined" | "outcome" | "visibility" | "internalNotes"> & {
  priority: LocalizedText;
  responsible: string | null;
};

/** A government-programme ask as staff export it: the working copy's own fields and its priority's title. */
export type AskExportRow = Pick<GovernmentAsk, "id" | "programmeYear" | "wording" | "justification" | "target" | "outcome" | "evidence" | "evidenceRef" | "visibility" | "internalNotes"> & { priority: LocalizedText };

export const measureExportColumns: ExportColumn<MeasureExportRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "goal", value: (r) => r.goal.fi },
  { header: "priorities", value: (r) => r.priorities.map((p) => p.fi).join("; ") },
  ...localized<MeasureExportRow>("title", (r) => r.title),
  ...localized<MeasureExportRow>("description", (r) => r.description),
  { header: "status", value: (r) => r.status },
  { header: "progress", type: "number", value: (r) => r.progress },
  { header: "start_date", type: "date", value: (r) => r.startDate },
  { header: "due_date", type: "date", value: (r) => r.dueDate },
  { header: "due_precision", value: (r) => r.duePrecision },
  { header: "unit", value: (r) => r.unitCode },
  { header: "weight", type: "number", value: (r) => r.weight },
  { header: "visibility", value: (r) => r.visibility },
  { header: "internal_notes", value: (r) => r.internalNotes },
  { header: "round", value: (r) => r.round?.name.fi },
  { header: "round_cut_off", type: "date", value: (r) => r.round?.cutOffDate },
  { header: "round_status", value: (r) => r.round?.status },
  { header: "round_progress", type: "number", value: (r) => r.round?.progress },
  ...localized<MeasureExportRow>("round_narrative", (r) => r.round?.narrative),
  { header: "round_written", type: "date", value: (r) => r.round?.writtenAt },
];

export const progressUpdateExportColumns: ExportColumn<ProgressUpdateExportRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "measure_id", value: (r) => r.measureId },
  { header: "measure", value: (r) => r.measureTitle.fi },
  { header: "date", type: "date", value: (r) => r.date },
  ...localized<ProgressUpdateExportRow>("body", (r) => r.body),
  { header: "visibility", value: (r) => r.visibility },
  { header: "author", value: (r) => r.author },
];

export const advocacyActionExportColumns: ExportColumn<AdvocacyActionExportRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "type", value: (r) => r.type },
  { header: "priority", value: (r) => r.priority.fi },
  ...localized<AdvocacyActionExportRow>("title", (r) => r.title),
  ...localized<AdvocacyActionExportRow>("summary", (r) => r.summary),
  { header: "date", type: "date", value: (r) => r.date },
  { header: "audience", value: (r) => r.audience },
  { header: "consultation", value: (r) => r.consultation },
  { header: "ministry", value: (r) => r.ministry },
  { header: "deadline", type: "date", value: (r) => r.deadline },
  { header: "declined", value: (r) => (r.declined ? "yes" : "no") },
  { header: "responsible", value: (r) => r.responsible },
  ...localized<AdvocacyActionExportRow>("outcome", (r) => r.outcome),
  { header: "visibility", value: (r) => r.visibility },
  { header: "internal_notes", value: (r) => r.internalNotes },
];

export const askExportColumns: ExportColumn<AskExportRow>[] = [
  { header: "id", value: (r) => r.id },
  { header: "programme_year", type: "number", value: (r) => r.programmeYear },
  { header: "priority", value: (r) => r.priority.fi },
  ...localized<AskExportRow>("wording", (r) => r.wording),
  ...localized<AskExportRow>("justification", (r) => r.justification),
  ...localized<AskExportRow>("target", (r) => r.target),
  { header: "outcome", value: (r) => r.outcome },
  ...localized<AskExportRow>("evidence", (r) => r.evidence),
  { header: "evidence_ref", value: (r) => r.evidenceRef },
  { header: "visibility", value: (r) => r.visibility },
  { header: "internal_notes", value: (r) => r.internalNotes },
];

/** An indicator's stored value or target (computed indicators' values are counted, not stored: only their targets). */
export type IndicatorValueExportRow = { indicatorId: string; indicator: LocalizedText; kind: string; date: string; value: string; note: string | null };

/** The indicator values' file contract: the import (lib/strategy/indicator-import-spec.ts) reads it back as it is. */
export const indicatorValueExportColumns: ExportColumn<IndicatorValueExportRow>[] = [
  { header: "indicator_id", value: (r) => r.indicatorId },
  { header: "indicator", value: (r) => r.indicator.fi },
  { header: "kind", value: (r) => r.kind },
  { header: "date", type: "date", value: (r) => r.date },
  // Exact decimal as stored (e.g. "1250000.5000"), never a rounded float.
  { header: "value", value: (r) => r.value },
  { header: "note", value: (r) => r.note },
];

/** The header row of each kind's file, in order: what an import of the kind reads. */
export const staffExportContract: Record<StaffExportKind, string[]> = {
  measures: measureExportColumns.map((c) => c.header),
  "progress-updates": progressUpdateExportColumns.map((c) => c.header),
  "advocacy-actions": advocacyActionExportColumns.map((c) => c.header),
  asks: askExportColumns.map((c) => c.header),
  "indicator-values": indicatorValueExportColumns.map((c) => c.header),
};
