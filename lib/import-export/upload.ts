import { z } from "zod";
import type { Tx } from "@/db/client";
import { rememberMapping } from "@/db/queries/imports/mappings";
import { validateSheet, type ImportProgress, type ImportSpec, type ValidatedRow } from "./import";
import type { RowError } from "./result";
import { csvSheet, SheetError, xlsxSheet, type Sheet } from "./sheet";

/** Largest file an import takes (bytes); the route refuses larger bodies before reading them. */
export const MAX_IMPORT_FILE_BYTES = 20 * 1024 * 1024;

/**
 * What every import action takes: the file as CSV text or as an .xlsx
 * workbook (base64), and the column mapping the person chose (file column →
 * app column key, "" = not imported). The route (lib/import-export/route.ts)
 * tells the kind of file by its content and fills in one of the two.
 */
export const importUploadInput = z
  .object({
    csv: z.string().max(MAX_IMPORT_FILE_BYTES + 1_000_000).optional(),
    xlsx: z
      .string()
      .max(Math.ceil((MAX_IMPORT_FILE_BYTES * 4) / 3) + 4)
      .regex(/^[A-Za-z0-9+/]*={0,2}$/)
      .optional(),
    mapping: z
      .record(z.string().max(300), z.string().max(80))
      .refine((m) => Object.keys(m).length <= 300, { message: "errors.invalid" })
      .optional(),
    check: z.coerce.boolean().default(false),
  })
  .refine((v) => (v.csv === undefined) !== (v.xlsx === undefined), { message: "errors.required", path: ["csv"] });
export type ImportUpload = z.output<typeof importUploadInput>;

/** The upload as a sheet (rows numbered as a spreadsheet shows them), or the problem that stops reading it. */
export async function sheetOf(upload: { csv?: string; xlsx?: string }): Promise<Sheet | RowError> {
  try {
    return upload.xlsx !== undefined ? await xlsxSheet(new Uint8Array(Buffer.from(upload.xlsx, "base64"))) : csvSheet(upload.csv ?? "");
  } catch (error) {
    if (error instanceof SheetError) return { line: error.row, message: { key: error.key, params: error.params } };
    throw error;
  }
}

/**
 * Read and check an upload with a list's column contract. When the import is
 * run (not only checked) with a mapping, the mapping is remembered for this
 * person and list, in the import's own transaction.
 */
export async function validateUpload<T>(
  tx: Tx,
  actorId: string,
  list: string,
  upload: ImportUpload,
  spec: ImportSpec<T>,
  options: { remember: boolean; onProgress?: ImportProgress },
): Promise<{ ok: true; rows: ValidatedRow<T>[] } | { ok: false; errors: RowError[]; rows: ValidatedRow<T>[] }> {
  const sheet = await sheetOf(upload);
  if ("message" in sheet) return { ok: false, errors: [sheet], rows: [] };
  const result = await validateSheet(sheet, spec, { mapping: upload.mapping, onProgress: options.onProgress });
  if (options.remember && upload.mapping && result.ok) await rememberMapping(tx, actorId, list, upload.mapping);
  return result;
}
