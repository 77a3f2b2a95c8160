// The production app server: Next's request handler, with the public page
// cache in front of it (lib/public-cache). A cached public page is answered
// here without entering Next's routing; everything else goes to Next as with
// `next start`. Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]
import http from "node:http";
import { createRenderGate } from "./render-gate.mjs";

// Like `next start`: a production server (set before Next is loaded).
process.env.NODE_ENV = "production";
const { default: next } = await import("next");

const arg = (flag, long) => {
  const i = process.argv.findIndex((a) => a === flag || a === long);
  return i === -1 ? undefined : process.argv[i + 1];
};
const port = Number(arg("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = arg("-H", "--hostname") ?? process.env.HOSTNAME ?? undefined;
process.env.PORT = String(port);
// The cache renders pages by asking this same process.
process.env.PUBLIC_CACHE_ORIGIN ??= `http://${hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "127.0.0.1"}:${port}`;

const app = next({ dev: false, hostname: hostname ?? "localhost", port });
await app.prepare();
const handle = app.getRequestHandler();

// RENDER_CONCURRENCY=N: at most N page renders at a time, so that saves do not wait behind every
// reader's render (scripts/render-gate.mjs); off by default: it trades readers' throughput for saves'
// latency (README, "Session 7: saves"). RENDER_SLOT_MS bounds how long one render holds a slot.
const gate = createRenderGate({ slots: Number(process.env.RENDER_CONCURRENCY ?? 0), slotMs: Number(process.env.RENDER_SLOT_MS ?? 5000) });

const server = http.createServer((req, res) => {
  // The TCP peer is the one hop nobody can forge: append it to X-Forwarded-For as a proxy would, so the
  // app reads client addresses from the right end of the list (lib/auth/client-address.ts, TRUSTED_PROXIES).
  const peer = req.socket.remoteAddress;
  if (peer) {
    const prior = req.headers["x-forwarded-for"];
    req.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
  }
  const hook = globalThis.__publicPageCacheHook;
  const served = hook ? hook.tryServe(req, res) : Promise.resolve(false);
  served
    .then((done) => (done ? undefined : gate.run(req, res, handle)))
    .catch((error) => {
      console.error("[serve]", error instanceof Error ? error.message : error);
      if (!res.headersSent) handle(req, res);
    });
});
// Longer than a load balancer's idle timeout, so it never reuses a closed connection.
server.keepAliveTimeout = 65_000;
server.listen(port, hostname, () => console.info(`[serve] ready on http://${hostname ?? "localhost"}:${port}`));

for (const signal of ["SIGTERM", "SIGINT"]) {
  process.once(signal, () => {
    server.close(() => process.exit(0));
    // Open keep-alive connections would hold the close: stop waiting after a while.
    setTimeout(() => process.exit(0), 10_000).unref();
  });
}
