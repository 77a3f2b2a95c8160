import "server-only";
import { createHash } from "node:crypto";
import { fileTypeFromBuffer } from "file-type";
import { getDb } from "@/db/client";
import { savedMapping } from "@/db/queries/imports/mappings";
import { getCurrentUser } from "@/lib/auth/current-user";
import { httpStatus } from "@/lib/actions/result";
import type { ServerAction } from "@/lib/actions/define-action";
import { canAny } from "@/lib/permissions";
import { autoColumn } from "./import";
import type { ImportColumnsAnswer } from "./result";
import { countCsvRows, IMPORT_JOB_HEADER, IMPORT_MAPPING_HEADER, IMPORT_ROWS_HEADER, IMPORT_SHA256_HEADER } from "./integrity";
import { claimImportJob, createImportJob, finishImportJob, importJobKnown, runInImportJob } from "./jobs";
import { importLists, type ImportListKey } from "./lists";
import { MAX_IMPORT_FILE_BYTES, sheetOf } from "./upload";

/** Largest upload accepted by an import route (bytes). `experimental.proxyClientMaxBodySize`
 * in next.config.js must stay above it, or the proxy hands the route a cut body. */
export const MAX_IMPORT_BYTES = MAX_IMPORT_FILE_BYTES;

const noStore = { "cache-control": "no-store" };
const invalid = (key: string, params?: Record<string, string | number>, status = 400) =>
  Response.json({ ok: false, code: "invalid", message: { key, params } }, { status, headers: noStore });
const incomplete = () => invalid("import.incomplete");

/** The column mapping the browser sends (URI-encoded JSON: file column → app column key or ""). */
function mappingFrom(request: Request): Record<string, string> | undefined | null {
  const raw = request.headers.get(IMPORT_MAPPING_HEADER);
  if (raw === null || raw === "") return undefined;
  try {
    const value: unknown = JSON.parse(decodeURIComponent(raw));
    if (!value || typeof value !== "object" || Array.isArray(value)) return null;
    const entries = Object.entries(value);
    if (entries.some(([, v]) => typeof v !== "string")) return null;
    return Object.fromEntries(entries) as Record<string, string>;
  } catch {
    return null;
  }
}

/**
 * The one import route of every list (registered in lib/import-export/lists.ts):
 * the request body is the file itself, CSV or .xlsx (told by its content), so
 * the browser can show upload progress.
 *
 * - `?step=columns`: the file's columns, each mapped to the list's — by the
 *   person's remembered mapping for this list, else by name (the app's own
 *   export headers map themselves). Nothing is checked or saved.
 * - `?check=1`: the `check` action — every problem at once, by spreadsheet
 *   row, and what an import would create, update and clear; nothing saved.
 * - otherwise the `apply` action: all or nothing.
 * - `?step=job&for=check|run` (no file): a progress job for the person's next
 *   check or import of this list (lib/import-export/jobs.ts); the upload then
 *   names it in the `x-import-job` header and its progress can be polled at
 *   /api/staff/import-jobs/<id> while it runs.
 *
 * The actions do all the rest (permissions, transaction, history); the answer
 * is the action's result as JSON with the matching HTTP status.
 *
 * `forward` names query parameters handed to the action as input fields (e.g.
 * the reporting round a measures' import writes into: `?round=<id>`); the
 * action's input schema checks them.
 */
export function importRoute(list: ImportListKey, actions: { apply: ServerAction<unknown>; check: ServerAction<unknown> }, options: { forward?: readonly string[] } = {}) {
  const { spec, permissions } = importLists[list];
  return async function POST(request: Request): Promise<Response> {
    const params = new URL(request.url).searchParams;
    if (params.get("step") === "job") {
      const user = await getCurrentUser();
      if (!user) return Response.json({ ok: false, code: "unauthenticated", message: { key: "errors.unauthenticated" } }, { status: 401, headers: noStore });
      if (!canAny(user.role, permissions)) return Response.json({ ok: false, code: "forbidden", message: { key: "errors.forbidden" } }, { status: 403, headers: noStore });
      const job = createImportJob(user.id, list, params.get("for") === "check" ? "check" : "run");
      if (!job) return Response.json({ ok: false, code: "conflict", message: { key: "import.busy" } }, { status: 429, headers: noStore });
      return Response.json({ ok: true, data: { id: job.id } }, { status: 201, headers: noStore });
    }
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_IMPORT_BYTES) return invalid("import.tooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 }, 413);
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > MAX_IMPORT_BYTES) return invalid("import.tooLarge", { max: MAX_IMPORT_BYTES / 1024 / 1024 }, 413);
    // The browser says what it sent (components/ui/ImportFlow.tsx): a body that was cut or changed on the way is refused.
    const sentHash = request.headers.get(IMPORT_SHA256_HEADER);
    if (sentHash !== null && sentHash.trim().toLowerCase() !== createHash("sha256").update(bytes).digest("hex")) return incomplete();
    const mapping = mappingFrom(request);
    if (mapping === null) return invalid("errors.invalid");

    // The kind of file by its content: an .xlsx workbook, or UTF-8 text read as CSV; nothing else.
    const type = await fileTypeFromBuffer(bytes);
    let upload: { csv: string } | { xlsx: string };
    if (type?.ext === "xlsx") upload = { xlsx: Buffer.from(bytes).toString("base64") };
    else if (type) return invalid("import.wrongType", { type: type.ext });
    else {
      let csv: string;
      try {
        csv = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
      } catch {
        return invalid("import.notUtf8");
      }
      const sentRows = request.headers.get(IMPORT_ROWS_HEADER);
      if (sentRows !== null && (!/^\d{1,9}$/.test(sentRows.trim()) || Number(sentRows) !== countCsvRows(csv))) return incomplete();
      upload = { csv };
    }

    const user = await getCurrentUser();
    if (params.get("step") === "columns") {
      if (!user) return Response.json({ ok: false, code: "unauthenticated", message: { key: "errors.unauthenticated" } }, { status: 401, headers: noStore });
      if (!canAny(user.role, permissions)) return Response.json({ ok: false, code: "forbidden", message: { key: "errors.forbidden" } }, { status: 403, headers: noStore });
      const sheet = await sheetOf(upload);
      if ("message" in sheet) return invalid(sheet.message.key, sheet.message.params);
      const saved = await savedMapping(await getDb(), user.id, list);
      const known = new Set(spec.columns.map((c) => c.key));
      const data: ImportColumnsAnswer = {
        format: sheet.format,
        headerRow: sheet.headerRow,
        rows: sheet.rows.length,
        columns: spec.columns.map((c) => ({ key: c.key, required: !!c.required })),
        file: sheet.header.map((header) => {
          const remembered = Object.hasOwn(saved, header) ? saved[header] : undefined;
          if (remembered !== undefined && (remembered === "" || known.has(remembered))) return { header, key: remembered, from: "saved" as const };
          const key = autoColumn(spec, header);
          return { header, key: key ?? "", from: key ? ("name" as const) : ("none" as const) };
        }),
      };
      return Response.json({ ok: true, data }, { headers: noStore });
    }
    const check = params.get("check") === "1";
    const action = check ? actions.check : actions.apply;
    const forwarded = Object.fromEntries((options.forward ?? []).flatMap((name) => (params.has(name) ? [[name, params.get(name)!.slice(0, 200)]] : [])));
    const input = { ...forwarded, ...upload, ...(mapping ? { mapping } : {}) };
    // With a progress job: only its owner's upload of the same list and step runs it, once. A job this
    // process does not know (made by another app server behind a load balancer that is not sticky, or
    // dropped after waiting too long) takes no part: the import runs without progress.
    const jobId = request.headers.get(IMPORT_JOB_HEADER)?.slice(0, 100);
    const named = jobId && user && (await importJobKnown(jobId)) ? jobId : null;
    const job = named && user ? await claimImportJob(named, user.id, list, check ? "check" : "run") : null;
    if (named && !job) return Response.json({ ok: false, code: "not_found", message: { key: "import.jobGone" } }, { status: 404, headers: noStore });
    let result: Awaited<ReturnType<typeof action.execute>>;
    try {
      result = job ? await runInImportJob(job, () => action.execute(user, input)) : await action.execute(user, input);
    } catch (error) {
      if (job) finishImportJob(job, { ok: false, code: "error", message: { key: "errors.error" } });
      throw error;
    }
    if (job) finishImportJob(job, result);
    return Response.json(result, { status: result.ok ? 200 : httpStatus[result.code], headers: noStore });
  };
}
