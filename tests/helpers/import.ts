import { rowErrorsFromFields } from "@/lib/import-export/import";

/** An import action's answer, as the tests read it. */
type ImportAnswer = { ok: boolean; data?: unknown; fields?: unknown };

const problemsOf = (r: ImportAnswer) => rowErrorsFromFields((r.fields ?? {}) as Parameters<typeof rowErrorsFromFields>[0]);

/** What an import answered: its summary when it went in, else each problem as [spreadsheet line, column, message key]. */
export const importOutcome = (r: ImportAnswer) => (r.ok ? r.data : problemsOf(r).map((e) => [e.line, e.column, e.message.key]));

/** The same with each problem whole (its message's params too). */
export const importOutcomeInFull = (r: ImportAnswer) => (r.ok ? r.data : problemsOf(r));
