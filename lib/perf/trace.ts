import "server-only";
import { appendFileSync } from "node:fs";
import { monitorEventLoopDelay, performance } from "node:perf_hooks";

/**
 * Where a save's time goes, for `npm run load` and by hand: with
 * `LOAD_TRACE=<file>` set, the action wrapper marks each phase of every
 * action (session, permission, pool wait, load with its row lock, the work,
 * commit) and this module appends one JSON line per action to the file, with
 * the event loop's delay over the last second beside them (a busy process
 * delays every await of a save). Off when the variable is unset: then
 * `startTrace` returns a no-op and nothing is measured.
 */
export type Trace = { mark: (phase: string) => void; end: (outcome: string) => void };

const noop: Trace = { mark: () => {}, end: () => {} };

type State = { lines: string[]; timer?: NodeJS.Timeout; loop?: ReturnType<typeof monitorEventLoopDelay> };
const state: State = ((globalThis as { __loadTrace?: State }).__loadTrace ??= { lines: [] });

function flush(file: string) {
  if (!state.lines.length) return;
  const text = state.lines.join("\n") + "\n";
  state.lines = [];
  try {
    appendFileSync(file, text);
  } catch {
    // a trace is best effort
  }
}

function start(file: string) {
  if (state.timer) return;
  state.loop = monitorEventLoopDelay({ resolution: 10 });
  state.loop.enable();
  state.timer = setInterval(() => {
    const loop = state.loop!;
    state.lines.push(JSON.stringify({ kind: "loop", at: Date.now(), p50: loop.percentile(50) / 1e6, p99: loop.percentile(99) / 1e6, max: loop.max / 1e6 }));
    loop.reset();
    flush(file);
  }, 1000);
  state.timer.unref();
  process.once("exit", () => flush(file));
}

/** A trace of one action when LOAD_TRACE names a file, else a no-op. */
export function startTrace(name: string): Trace {
  const file = process.env.LOAD_TRACE;
  if (!file) return noop;
  start(file);
  const t0 = performance.now();
  let last = t0;
  const phases: Record<string, number> = {};
  return {
    mark(phase) {
      const t = performance.now();
      phases[phase] = Math.round((t - last) * 100) / 100;
      last = t;
    },
    end(outcome) {
      state.lines.push(JSON.stringify({ kind: "action", name, outcome, total: Math.round((performance.now() - t0) * 100) / 100, phases }));
    },
  };
}

/**
 * The server's whole time for a request (arrival to the last byte written), under scripts/serve.mjs.
 * `via`: "lane" for a save a worker handed to the write lane (its time there is traced by the lane too).
 */
export function traceRequest(req: { method?: string; url?: string; headers: Record<string, unknown> }, res: { once: (event: "finish", fn: () => void) => unknown; statusCode: number }, via?: "lane"): void {
  const file = process.env.LOAD_TRACE;
  if (!file) return;
  start(file);
  const t0 = performance.now();
  const action = Boolean(req.headers["next-action"]);
  const path = (req.url ?? "").split("?")[0];
  res.once("finish", () => {
    state.lines.push(JSON.stringify({ kind: "request", method: req.method, path, action, ...(via ? { via } : {}), status: res.statusCode, total: Math.round((performance.now() - t0) * 100) / 100 }));
  });
}
