import "server-only";
import { getCurrentUser } from "@/lib/auth/current-user";
import { httpStatus } from "@/lib/actions/result";
import type { ServerAction } from "@/lib/actions/define-action";

/** Largest upload accepted by an import route (bytes). */
export const MAX_IMPORT_BYTES = 20 * 1024 * 1024;

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
    let csv: string;
    try {
      csv = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    } catch {
      return Response.json({ ok: false, code: "invalid", message: { key: "import.notUtf8" } }, { status: 400 });
    }
    const check = new URL(request.url).searchParams.get("check") === "1";
    // The first form of this API took one action and passed `check` to it; both forms are kept.
    const result =
      typeof actions === "function"
        ? await actions.execute(await getCurrentUser(), { csv, check })
        : await (check && actions.check ? actions.check : actions.apply).execute(await getCurrentUser(), { csv });
    return Response.json(result, { status: result.ok ? 200 : httpStatus[result.code], headers: { "cache-control": "no-store" } });
  };
}
