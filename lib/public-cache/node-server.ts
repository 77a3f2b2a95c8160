import type { IncomingMessage, ServerResponse } from "node:http";
import { traceRequest } from "@/lib/perf/trace";
import { answerFromCache, type StaffOrders } from "./serve";
import { isStaffCacheableRequest, staffFillOrder } from "./staff";

/**
 * The page cache for a plain Node server in front of Next
 * (scripts/serve.mjs): a cached page is written straight to the socket,
 * without Next's routing and proxy, which makes it about as cheap as a
 * static file. Here, and only here, staff pages too (a person's own copy,
 * staff.ts). Registered on globalThis at start (instrumentation.ts) because
 * the server script is not part of the app bundle.
 */
export type NodeCacheHook = {
  /** `wroteRecently`: the reader wrote moments ago (scripts/workers.mjs, `readYourWrites`). */
  tryServe: (req: IncomingMessage, res: ServerResponse, wroteRecently?: boolean) => Promise<boolean>;
  /** LOAD_TRACE: the time of a save handed to the write lane, as this worker saw it. */
  traceHandedOver: (req: IncomingMessage, res: ServerResponse) => void;
};

const staff: StaffOrders = { cacheable: isStaffCacheableRequest, order: (request, generation) => staffFillOrder(request, generation) };

async function tryServe(req: IncomingMessage, res: ServerResponse, wroteRecently = false): Promise<boolean> {
  traceRequest(req, res);
  const url = req.url ?? "/";
  const q = url.indexOf("?");
  let pathname = q === -1 ? url : url.slice(0, q);
  // Anything unusual in the path (encoding, dot segments, double slashes) is left to Next's own routing.
  if (!/^\/[A-Za-z0-9\-_/]*$/.test(pathname) || pathname.includes("//")) return false;
  if (pathname.length > 1 && pathname.endsWith("/")) return false;
  pathname = pathname || "/";
  const header = (name: string) => {
    const value = req.headers[name];
    return Array.isArray(value) ? value.join(", ") : value;
  };
  const answer = await answerFromCache({ method: req.method ?? "GET", pathname, search: q === -1 ? "" : url.slice(q), header, wroteRecently }, staff);
  if (!answer) return false;
  const body = typeof answer.body === "string" ? Buffer.from(answer.body) : answer.body;
  res.writeHead(answer.status, body ? { ...answer.headers, "content-length": String(body.byteLength) } : answer.headers);
  res.end(body ?? undefined);
  return true;
}

export function registerNodeCacheHook(): void {
  (globalThis as { __publicPageCacheHook?: NodeCacheHook }).__publicPageCacheHook = { tryServe, traceHandedOver: (req, res) => traceRequest(req, res, "lane") };
}
