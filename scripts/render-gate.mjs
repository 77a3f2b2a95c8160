// Page renders let in at a time by the production server (scripts/serve.mjs); the others wait in order
// of arrival. Every database round trip of a save waits on the server's one event loop behind whatever
// work is ready to run: with every reader's render in flight at once, that was many renders' worth of
// React per round trip (issue 17; README, "Session 7: saves"). At least two slots keep the processor
// busy (one render computes while the other waits for the database). Server actions (POST), API routes (downloads,
// exports, feeds, the health check) and static files never wait for a slot. A render gives its slot up
// when its answer is sent, or after `slotMs` (a client that reads slowly, or a slow page, never holds
// the others up for longer).

/** A request that renders a page (and so waits for a slot): GET or HEAD, not an API route, not a static file. */
export const isPageRender = (req) => (req.method === "GET" || req.method === "HEAD") && !req.url.startsWith("/_next/") && !req.url.startsWith("/api/");

/**
 * `slots` renders at a time (0 = no limit). `run(req, res, handle)` calls `handle(req, res)` now or
 * once a slot is free; a request whose client went away while it waited is never handled.
 */
export function createRenderGate({ slots, slotMs }) {
  let rendering = 0;
  const waiting = [];
  const admit = () => {
    while (rendering < slots && waiting.length) waiting.shift()();
  };
  const run = (req, res, handle) => {
    if (!(slots > 0) || !isPageRender(req)) return handle(req, res);
    let state = "waiting";
    const release = () => {
      const held = state === "rendering";
      state = "done";
      if (held) {
        rendering--;
        admit();
      }
    };
    waiting.push(() => {
      if (state !== "waiting") return;
      state = "rendering";
      rendering++;
      setTimeout(release, slotMs).unref?.();
      handle(req, res);
    });
    res.once("finish", release);
    res.once("close", release);
    admit();
  };
  return { run, stats: () => ({ rendering, waiting: waiting.length }) };
}
