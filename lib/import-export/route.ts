import "server-only";
import { createHash } from "node:crypto";
import { getCurrentUser } from "@/lib/auth/current-user";
import { httpStatus } from "@/lib/actions/result";
import type { ServerAction } from "@/lib/actions/define-action";
import { countCsvRows, IMPORT_ROWS_HEADER, IMPORT_SHA256_HEADER } from "./integrity";

/** Largest upload accepted by an import route (bytes). `experimental.proxyClientMaxBodySize`
 * in next.config.js must stay above it, or the proxy hands the route a cut body. */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

const incomplete = () =>
  Response.json({ ok: false, code: "invalid", message: { key: "import.incomplete" } }, { status: 400, headers: { "cache-control": "no-store" } });

/**
 * A POST handler for an area's import: the request body is the CSV file
 * itself (so the browser can show upload progress). Given `{ apply, check }`,
 * `?check=1` runs the `check` action (validate, count new/updated, save
 * nothing), otherwise `apply`; both get `{ csv }`. Given one action, it gets
 * `{ csv, check }`. The action does all the rest (permissions,
 * transaction, history); the answer is the action's result as JSON with the
 * matching HTTP status.
 */
export function importRoute(actions: ServerAction<unknown> | { apply: ServerAction<unknown>; check?: ServerAction<unknown> }) {
  return async function POST(request: Request): Promise<Response> {
    const length = Number(request.headers.get("content-length") ?? 0);
    if (length > MAX_IMPORT_BYTES) {
      return Response.json({ ok: false, code: "invalid", message: { key: "import.tooLarge", params: { max: MAX_IMPORT_BYTES / 1024 / 1024 } } }, { status: 413 });
    }
    const bytes = new Uint8Array(await request.arrayBuffer());
    if (bytes.length > MAX_IMPORT_BYTES) {
      return Response.json({ ok: false, code: "invalid", message: { key: "import.tooLarge", params: { max: MAX_IMPORT_BYTES / 1024 / 1024 } } }, { status: 413 });
    }
    // The browser says what it sent (components/ui/CsvImport.tsx): a body that was cut or changed on the way is refused.
    const sentHash = request.headers.get(IMPORT_SHA256_HEADER);
    if (sentHash !== null && sentHash.trim().toLowerCase() !== createHash("sha256").update(bytes).digest("hex")) return incomplete();
    let csv: string;
    try {
      csv = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return Response.json({ ok: false, code: "invalid", message: { key: "import.notUtf8" } }, { status: 400 });
    }
    const sentRows = request.headers.get(IMPORT_ROWS_HEADER);
    if (sentRows !== null && (!/^\d{1,9}$/.test(sentRows.trim()) || Number(sentRows) !== countCsvRows(csv))) return incomplete();
    const check = new URL(request.url).searchParams.get("check") === "1";
    // The first form of this API took one action and passed `check` to it; both forms are kept.
    const result =
      typeof actions === "function"
        ? await actions.execute(await getCurrentUser(), { csv, check })
        : await (check && actions.check ? actions.check : actions.apply).execute(await getCurrentUser(), { csv });
    return Response.json(result, { status: result.ok ? 200 : httpStatus[result.code], headers: { "cache-control": "no-store" } });
  };
}
