/**
 * What the browser read from an import file, sent with the upload so that the
 * server can tell a body that was cut or changed on the way (a proxy keeping
 * only part of it) from the file the person chose: the SHA-256 of the bytes
 * and the number of data rows. Runs in the browser and on the server alike.
 */
export const IMPORT_SHA256_HEADER = "x-import-sha256";
export const IMPORT_ROWS_HEADER = "x-import-rows";
/** The column mapping the person chose: URI-encoded JSON, file column → app column key ("" = not imported). */
export const IMPORT_MAPPING_HEADER = "x-import-mapping";

/**
 * Data rows of a CSV text: records that are not empty, after the header. A
 * line break inside quotes stays inside its record; `""` inside quotes is a quote.
 */
export function countCsvRows(text: string): number {
  let records = 0;
  let inQuotes = false;
  let content = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 34) {
      inQuotes = !inQuotes;
      content = true;
    } else if (!inQuotes && (c === 10 || c === 13)) {
      if (content) records++;
      content = false;
    } else content = true;
  }
  if (content) records++;
  return Math.max(0, records - 1);
}

/** Lower-case hex of bytes. */
export function toHex(bytes: ArrayBuffer | Uint8Array): string {
  return Array.from(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes), (b) => b.toString(16).padStart(2, "0")).join("");
}

/** The progress job (lib/import-export/jobs.ts) an upload runs as, from the import route's `?step=job`. */
export const IMPORT_JOB_HEADER = "x-import-job";
