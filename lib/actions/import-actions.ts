import "server-only";
import { randomUUID } from "node:crypto";
import type { z } from "zod";
import type { Tx } from "@/db/client";
import { applyAllOrNothing, importRejected, type ImportSpec, type ImportSummary, type RowError, type RowOutcome, type ValidatedRow } from "@/lib/import-export/import";
import { importLists, type ImportListKey } from "@/lib/import-export/lists";
import { importUploadInput, validateUpload, type ImportUpload } from "@/lib/import-export/upload";
import type { Actor } from "@/lib/permissions";
import { defineAction, type AuditFn, type ServerAction } from "./define-action";

/** One row checked against the database and, unless `dryRun`, saved with its history record. */
export type ImportRowApplier<T, Ctx> = (tx: Tx, ctx: Ctx, actor: Actor, audit: AuditFn, row: ValidatedRow<T>, dryRun: boolean) => Promise<RowOutcome | RowError[]> | RowOutcome | RowError[];

export type ImportKind<S extends z.ZodType<ImportUpload>, T, Ctx> = {
  /** The list's key in lib/import-export/lists.ts: who may import it (any of its `permissions`) and its mapping. */
  list: ImportListKey;
  /** The two actions' names: [the import, the check without saving]. */
  names: readonly [apply: string, check: string];
  spec: ImportSpec<T>;
  /** The upload (default `importUploadInput`; a list may add fields, e.g. the round). */
  input?: S;
  /** What every row is checked against, loaded once per run (may refuse the run, e.g. a closed round). */
  context: (tx: Tx, input: z.output<S>, rows: ValidatedRow<T>[]) => Promise<Ctx> | Ctx;
  applyRow: ImportRowApplier<T, Ctx>;
  /** A row's database problems when the file already failed its cell checks (default: `applyRow` as a dry run). */
  rowErrors?: (ctx: Ctx, row: ValidatedRow<T>) => RowError[];
  /** The run's own history record: its entity type, and what it adds to the summary. */
  auditEntity: string;
  auditDetails?: (ctx: Ctx) => Record<string, unknown>;
};

/**
 * The two actions of an importable list (the one import flow: ImportFlow →
 * importRoute → these): the import, all or nothing, and the same checks
 * without saving anything ("Check the file"). The file's cell checks and the
 * database checks are reported together, by spreadsheet row; then every row
 * is saved, or none (applyAllOrNothing throws and the transaction rolls back).
 * The import itself is part of the history too (also when it changed nothing).
 */
export function defineImportActions<S extends z.ZodType<ImportUpload> = typeof importUploadInput, T = unknown, Ctx = unknown>(
  kind: ImportKind<S, T, Ctx>,
): { apply: ServerAction<ImportSummary>; check: ServerAction<ImportSummary> } {
  const input = (kind.input ?? importUploadInput) as S;
  const requires = importLists[kind.list].permissions;

  async function run(tx: Tx, actor: Actor, audit: AuditFn, upload: z.output<S>, dryRun: boolean): Promise<ImportSummary> {
    const validated = await validateUpload(tx, actor.id, kind.list, upload, kind.spec, { remember: !dryRun });
    const ctx = await kind.context(tx, upload, validated.rows);
    if (!validated.ok) {
      // Every problem at once: the rows that passed the cell checks are checked against the database too (nothing is written).
      const more: RowError[] = [];
      for (const row of validated.rows) {
        const outcome = kind.rowErrors ? kind.rowErrors(ctx, row) : await kind.applyRow(tx, ctx, actor, audit, row, true);
        if (Array.isArray(outcome)) more.push(...outcome);
      }
      throw importRejected([...validated.errors, ...more].sort((a, b) => a.line - b.line));
    }
    const summary = await applyAllOrNothing(validated.rows, async (row) => kind.applyRow(tx, ctx, actor, audit, row, dryRun));
    if (!dryRun) await audit({ entityType: kind.auditEntity, entityId: randomUUID(), action: "import", after: { ...summary, ...kind.auditDetails?.(ctx) } });
    return summary;
  }

  return {
    apply: defineAction({ name: kind.names[0], input, requires, run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, false) }),
    check: defineAction({ name: kind.names[1], input, requires, readOnly: true, run: ({ tx, actor, input, audit }) => run(tx, actor, audit, input, true) }),
  };
}
