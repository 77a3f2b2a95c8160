// The write lane of the production server (scripts/serve.mjs): one worker process of its own that runs
// the saves (Next's server actions), handed to it by the workers that receive them.
//
// Why: a save makes several database round trips (session, lock, checks, row and history, commit), and
// each one waits for its process's event loop. In a worker that is rendering pages for other readers the
// loop is busy most of the time, so under load every round trip queued behind renders (issue 17, `npm
// run load`: loop delay p99 ~80 ms, the save's own work ~150 ms of its ~200). In a process that renders
// nothing, each round trip resumes as soon as the operating system gives it a turn; the worker that
// received the save only passes the bytes on (two turns of its loop instead of one per round trip).
//
// The lane listens on a Unix socket only this user can open (never on the public port); the receiving
// worker has already added the client's address to X-Forwarded-For, the lane (no TCP peer) adds none.
// While the lane is down (starting, restarting), saves are run where they arrive, as before.
import http from "node:http";

export const WRITE_LANE_ROLE = "write-lane";

/** A save: a server action's POST (Next marks it with the `next-action` header). Sign-in and API routes stay. */
export const isWriteRequest = (req) => req.method === "POST" && typeof req.headers["next-action"] === "string";

/** WRITE_LANE=off keeps saves in the workers that receive them; otherwise a lane whenever there are several workers. */
export const writeLaneWanted = ({ workers, setting }) => workers > 1 && setting !== "off";

/**
 * How much lower (in `nice` steps) the workers that render pages run than the lane, when there is one:
 * RENDER_WORKER_NICE, default 10 (0: the same). When readers keep both processors busy, the operating
 * system then gives a save's turns (the lane's, between its database round trips) before a render's; the
 * readers get what the saves leave (under `npm run load`, about half to two thirds of their requests
 * without it: README, "Where it stands (session 12)"). Without
 * a lane every process renders and saves alike, and none is lowered.
 */
export function renderWorkerNice({ lane, setting }) {
  if (!lane) return 0;
  const steps = setting === undefined || setting === "" ? 10 : Number(setting);
  return Number.isInteger(steps) && steps > 0 ? Math.min(steps, 19) : 0;
}

// Hop-by-hop headers belong to one connection, not to the request or answer passed on (RFC 9110 §7.6.1).
const hopByHop = ["connection", "keep-alive", "proxy-connection", "transfer-encoding", "upgrade", "te", "trailer"];
const withoutHopByHop = (headers) => {
  const copy = { ...headers };
  for (const name of hopByHop) delete copy[name];
  return copy;
};

/**
 * The receiving worker's side: `available()` says whether the lane is up (told by the primary);
 * `forward(req, res)` passes the request to the lane and its answer back, bytes as they come. A lane that
 * cannot be reached answers 503, which the form shows as "try again" (nothing was saved: the lane never
 * read the request, or its transaction was dropped with the connection).
 */
export function createWriteLaneClient({ socketPath }) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 64 });
  let up = false;
  return {
    setUp: (value) => (up = value === true),
    available: () => up,
    forward(req, res) {
      const upstream = http.request({ socketPath, agent, method: req.method, path: req.url, headers: withoutHopByHop(req.headers) }, (answer) => {
        res.writeHead(answer.statusCode ?? 502, withoutHopByHop(answer.headers));
        answer.pipe(res);
        answer.on("error", () => res.destroy());
      });
      upstream.on("error", () => {
        if (!res.headersSent) {
          res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "1", "cache-control": "no-store" });
          res.end("Service unavailable");
        } else res.destroy();
      });
      req.on("aborted", () => upstream.destroy());
      req.pipe(upstream);
    },
  };
}
