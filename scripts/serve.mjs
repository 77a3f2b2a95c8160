// The production app server: Next's request handler, with the public page
// cache in front of it (lib/public-cache). A cached public page is answered
// here without entering Next's routing; everything else goes to Next as with
// `next start`. Usage: node scripts/serve.mjs [-p PORT] [-H HOSTNAME]
//
// On PostgreSQL it runs WEB_CONCURRENCY worker processes (default: one per
// core; scripts/workers.mjs) that share the port (node:cluster), and one more
// that runs the saves they receive (the write lane, scripts/write-lane.mjs;
// WRITE_LANE=off: none). The primary process only starts them, starts another
// when one dies, ends them all on SIGTERM/SIGINT, and passes the workers'
// notes to each other (an import job's progress, lib/import-export/jobs.ts). Everything else the workers share is in
// the database (README, "Several app servers behind a load balancer"). On the
// embedded database (PGlite) there is one process.
import cluster from "node:cluster";
import { randomUUID } from "node:crypto";
import { chmodSync, rmSync } from "node:fs";
import http from "node:http";
import os from "node:os";
import path from "node:path";
import { createRenderGate } from "./render-gate.mjs";
import { createNoteRelay, readYourWrites, workerCount } from "./workers.mjs";
import { createWriteLaneClient, handConnectionOver, handReadBack, isWriteRequest, noteRequest, onHandedConnection, renderWorkerNice, takeHandedConnection, WRITE_LANE_ROLE, writeLaneWanted } from "./write-lane.mjs";

// Like `next start`: a production server (set before Next is loaded).
process.env.NODE_ENV = "production";

const arg = (flag, long) => {
  const i = process.argv.findIndex((a) => a === flag || a === long);
  return i === -1 ? undefined : process.argv[i + 1];
};
const port = Number(arg("-p", "--port") ?? process.env.PORT ?? 3000);
const hostname = arg("-H", "--hostname") ?? process.env.HOSTNAME ?? undefined;
process.env.PORT = String(port);
// The cache renders pages by asking this same server (any of its workers).
process.env.PUBLIC_CACHE_ORIGIN ??= `http://${hostname && hostname !== "0.0.0.0" && hostname !== "::" ? hostname : "127.0.0.1"}:${port}`;

const workers = workerCount({ webConcurrency: process.env.WEB_CONCURRENCY, databaseUrl: process.env.DATABASE_URL, cores: os.availableParallelism() });

const role = process.env.HELSINKI_WORKER_ROLE;
// The write lane's socket: one per server (the primary's process id), in the temporary directory.
process.env.WRITE_LANE_SOCKET ??= path.join(os.tmpdir(), `helsinki-write-lane-${process.pid}.sock`);

if (cluster.isPrimary && workers > 1) runPrimary(workers);
else {
  if (cluster.isWorker) joinWorkerBus();
  await serve();
}

/** Start the workers and keep them running; the port is theirs (node:cluster hands them the connections). */
function runPrimary(count) {
  // The public page cache's mark on its own render requests (lib/public-cache/store.ts): one for all
  // the workers, since a render request sent to the port may reach any of them.
  process.env.PUBLIC_CACHE_FILL_SECRET ??= randomUUID();
  let stopping = false;
  const live = () => Object.values(cluster.workers ?? {}).filter(Boolean);
  cluster.on("message", createNoteRelay({ workers: live }));
  // A worker that dies is replaced; one that dies soon after it started waits a little longer each time (no busy crash loop).
  let quickDeaths = 0;
  const started = new Map();
  const lanes = new Set(); // ids of write-lane workers
  const wantLane = writeLaneWanted({ workers: count, setting: process.env.WRITE_LANE });
  const renderNice = renderWorkerNice({ lane: wantLane, setting: process.env.RENDER_WORKER_NICE });
  const fork = (env = {}) => {
    const worker = cluster.fork(env);
    started.set(worker.id, Date.now());
    if (env.HELSINKI_WORKER_ROLE === WRITE_LANE_ROLE) lanes.add(worker.id);
    else if (renderNice > 0) lowerPriority(worker.process.pid, renderNice);
    return worker;
  };
  const forkLane = () => fork({ HELSINKI_WORKER_ROLE: WRITE_LANE_ROLE });
  // Whether saves can be handed to the lane: told to every worker when it changes, and to each new one.
  let laneUp = false;
  const tellLane = (worker) => worker.isConnected() && worker.send({ writeLane: laneUp ? "up" : "down" });
  const setLane = (value) => {
    laneUp = value;
    for (const worker of live()) if (!lanes.has(worker.id)) tellLane(worker);
  };
  cluster.on("message", (worker, message) => message?.writeLane === "up" && lanes.has(worker.id) && setLane(true));
  const serving = new Set(); // ids of the workers that render, once they listen
  cluster.on("listening", (worker) => {
    if (lanes.has(worker.id)) return;
    serving.add(worker.id);
    tellLane(worker); // it listens for the note by then
  });
  // A client's connection handed over (scripts/write-lane.mjs): a worker's (a save) goes to the lane, the
  // lane's (a read) to the workers that render, in turn. The primary's copy of the socket is closed once
  // passed on (or when it cannot be: the client sees the connection end, and nothing was done).
  let turn = 0;
  cluster.on("message", (worker, message, socket) => {
    if (!message?.clientConnection || !socket) return;
    const fromLane = lanes.has(worker.id);
    const targets = live().filter((w) => w.isConnected() && (fromLane ? serving.has(w.id) : lanes.has(w.id) && laneUp));
    const target = targets[turn++ % Math.max(targets.length, 1)];
    if (!target) return socket.destroy();
    target.send(message, socket, { keepOpen: false }, () => socket.destroy());
  });
  cluster.on("exit", (worker, code, signal) => {
    const lived = Date.now() - (started.get(worker.id) ?? 0);
    started.delete(worker.id);
    const wasLane = lanes.delete(worker.id);
    serving.delete(worker.id);
    if (wasLane) setLane(false);
    if (stopping) {
      if (live().length === 0) process.exit(0);
      return;
    }
    quickDeaths = lived < 10_000 ? quickDeaths + 1 : 0;
    const wait = Math.min(250 * 2 ** quickDeaths, 30_000);
    console.error(`[serve] ${wasLane ? "write lane" : "worker"} ${worker.process.pid} ended (${signal ?? code}); starting another in ${wait} ms`);
    setTimeout(() => !stopping && (wasLane ? forkLane() : fork()), wait).unref();
  });
  for (let i = 0; i < count; i++) fork();
  // The lane starts once the first worker serves, so that it does not slow the server's first page.
  if (wantLane) cluster.once("listening", () => !stopping && forkLane());
  console.info(`[serve] ${count} worker processes on port ${port}${wantLane ? ` and a write lane${renderNice ? ` (the workers at nice +${renderNice})` : ""}` : ""} (WEB_CONCURRENCY=${process.env.WEB_CONCURRENCY ?? "one per core"}; primary ${process.pid})`);
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.once(signal, () => {
      stopping = true;
      for (const worker of live()) worker.process.kill(signal);
      // Each worker closes its server (waiting at most 10 s for open connections), then this one ends.
      if (live().length === 0) process.exit(0);
      setTimeout(() => process.exit(0), 11_000).unref();
    });
  }
}

/** `steps` lower than this process (a worker that renders pages, below the write lane); never fatal. */
function lowerPriority(pid, steps) {
  try {
    os.setPriority(pid, Math.min(os.getPriority(process.pid) + steps, 19));
  } catch (error) {
    console.error(`[serve] could not lower worker ${pid}'s priority:`, error instanceof Error ? error.message : error);
  }
}

/**
 * What the app's modules use to reach this server's other workers (globalThis.__workerBus): `send` a
 * note to all the others, `on` a kind of note, and `claim` an id once for the whole server (the
 * primary answers; the first claim wins). Absent in a single server process: nobody else to tell.
 */
function joinWorkerBus() {
  const listeners = new Map();
  const asks = new Map();
  let asked = 0;
  process.on("message", (message) => {
    const note = message?.workerBus;
    if (!note) return;
    if (note.kind === "claimed") {
      asks.get(note.ask)?.(note.granted === true);
      asks.delete(note.ask);
      return;
    }
    for (const fn of listeners.get(note.kind) ?? []) fn(note);
  });
  globalThis.__workerBus = {
    send: (note) => process.send?.({ workerBus: note }),
    on: (kind, fn) => listeners.set(kind, [...(listeners.get(kind) ?? []), fn]),
    claim: (id) =>
      new Promise((resolve) => {
        const ask = ++asked;
        asks.set(ask, resolve);
        process.send?.({ workerBus: { kind: "claim", id, ask } });
      }),
  };
}

async function serve() {
  const { default: next } = await import("next");
  const app = next({ dev: false, hostname: hostname ?? "localhost", port });
  await app.prepare();
  const handle = app.getRequestHandler();

  // RENDER_CONCURRENCY=N: at most N page renders at a time, so that saves do not wait behind every
  // reader's render (scripts/render-gate.mjs); off by default: it trades readers' throughput for saves'
  // latency (README, "Session 7: saves"). RENDER_SLOT_MS bounds how long one render holds a slot.
  const gate = createRenderGate({ slots: Number(process.env.RENDER_CONCURRENCY ?? 0), slotMs: Number(process.env.RENDER_SLOT_MS ?? 5000) });

  const isLane = role === WRITE_LANE_ROLE;
  const lane = cluster.isWorker && !isLane ? createWriteLaneClient({ socketPath: process.env.WRITE_LANE_SOCKET }) : null;
  if (lane) process.on("message", (message) => message?.writeLane && lane.setUp(message.writeLane === "up"));
  const forwardToLane = (req, res) => lane.forward(req, res);

  const server = http.createServer((req, res) => {
    if (cluster.isWorker) noteRequest(req);
    // The TCP peer is the one hop nobody can forge: append it to X-Forwarded-For as a proxy would, so the
    // app reads client addresses from the right end of the list (lib/auth/client-address.ts, TRUSTED_PROXIES).
    // (The write lane's requests come over its socket, without a peer: the worker that passed them added it. A
    // client's connection handed from one process to another has its own peer, and the request its own header.)
    const peer = req.socket.remoteAddress;
    if (peer) {
      const prior = req.headers["x-forwarded-for"];
      req.headers["x-forwarded-for"] = prior ? `${prior}, ${peer}` : peer;
    }
    if (lane?.available() && isWriteRequest(req)) {
      globalThis.__publicPageCacheHook?.traceHandedOver(req, res);
      return handConnectionOver(req, res, process, forwardToLane);
    }
    // A read on a client's connection that the lane took for a save goes back to a worker that renders.
    if (isLane && onHandedConnection(req) && !isWriteRequest(req)) return handReadBack(req, res, process);
    answerHere(req, res);
  });
  function answerHere(req, res) {
    if (onHandedConnection(req)) countUntilAnswered(res);
    const hook = globalThis.__publicPageCacheHook;
    const wroteRecently = readYourWrites(req, res);
    const served = hook ? hook.tryServe(req, res, wroteRecently) : Promise.resolve(false);
    served
      .then((done) => (done ? undefined : gate.run(req, res, handle)))
      .catch((error) => {
        console.error("[serve]", error instanceof Error ? error.message : error);
        if (!res.headersSent) handle(req, res);
      });
  }
  // The server does not count the connections handed to this process (scripts/write-lane.mjs), so a stop
  // waits here for the answers under way on them (a save's, above all).
  let answering = 0;
  function countUntilAnswered(res) {
    answering++;
    res.once("close", () => answering--);
  }
  const whenAnswered = async () => {
    while (answering > 0) await new Promise((resolve) => setTimeout(resolve, 20));
  };
  // Longer than a load balancer's idle timeout, so it never reuses a closed connection.
  server.keepAliveTimeout = 65_000;
  if (cluster.isWorker) process.on("message", (message, socket) => message?.clientConnection && socket && takeHandedConnection(server, socket, message));
  if (isLane) {
    const socketPath = process.env.WRITE_LANE_SOCKET;
    rmSync(socketPath, { force: true }); // left by a lane that died
    // Only this user may connect: the socket is created without access for others (and made sure of after).
    const umask = process.umask(0o177);
    server.listen({ path: socketPath, exclusive: true }, () => {
      process.umask(umask);
      chmodSync(socketPath, 0o600);
      console.info(`[serve] write lane ready (worker ${process.pid})`);
      process.send?.({ writeLane: "up" });
    });
  } else server.listen(port, hostname, () => console.info(`[serve] ready on http://${hostname ?? "localhost"}:${port}${cluster.isWorker ? ` (worker ${process.pid})` : ""}`));

  // A stop arrives twice (the process group's signal and the primary's): the second must not cut the drain short.
  let closing = false;
  for (const signal of ["SIGTERM", "SIGINT"]) {
    process.on(signal, () => {
      if (closing) return;
      closing = true;
      server.close(() => whenAnswered().then(() => process.exit(0)));
      // Open keep-alive connections would hold the close: stop waiting after a while.
      setTimeout(() => process.exit(0), 10_000).unref();
    });
  }
}
