// The write lane of the production server (scripts/serve.mjs): one worker process of its own that runs
// the saves (Next's server actions), handed to it by the workers that receive them: the client's connection
// itself when it can be (`handConnectionOver`, below), the request's bytes over a Unix socket otherwise.
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
// A connection handed over brings its own TCP peer. While the lane is down (starting, restarting), saves
// are run where they arrive, as before.
import http from "node:http";
import zlib from "node:zlib";
import { acceptsGzip } from "../lib/accept-encoding.mjs";

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

// The lane is asked for its answers uncompressed, and the worker that passes an answer on compresses it
// when it is worth it. Why: a save's answer is ~200 bytes, and Next's gzip of it (a compression stream set
// up per answer) was ~8 % of the lane's processor time per save (profiled under `npm run load`); the
// lane's time is what every save waits for. The workers run below the lane and have time to spare.
const COMPRESS_FROM_BYTES = 1024;
const compressible = (type) => /^(text\/|application\/(json|javascript|xml)|image\/svg)/i.test(type ?? "");

/**
 * Pass the lane's answer on: as it came, or gzip-compressed when the client takes gzip, the answer is
 * of a compressible type, not already encoded, and at least COMPRESS_FROM_BYTES long. The first bytes
 * are held until that is known (an action's answer is whole within a few milliseconds); the rest
 * streams, flushed chunk by chunk (a redirect's page arrives as the lane renders it).
 */
function passAnswerOn(req, res, answer) {
  const status = answer.statusCode ?? 502;
  const headers = withoutHopByHop(answer.headers);
  const mayCompress =
    acceptsGzip(req.headers["accept-encoding"]) && !headers["content-encoding"] && compressible(headers["content-type"]) && status !== 204 && status !== 304 && req.method !== "HEAD";
  if (!mayCompress) {
    res.writeHead(status, headers);
    answer.pipe(res);
    return;
  }
  const held = [];
  let heldBytes = 0;
  const onData = (chunk) => {
    held.push(chunk);
    heldBytes += chunk.length;
    if (heldBytes < COMPRESS_FROM_BYTES) return;
    answer.off("data", onData).off("end", onEnd);
    delete headers["content-length"];
    headers["content-encoding"] = "gzip";
    headers.vary = headers.vary ? `${headers.vary}, Accept-Encoding` : "Accept-Encoding";
    res.writeHead(status, headers);
    const gzip = zlib.createGzip({ flush: zlib.constants.Z_SYNC_FLUSH });
    gzip.on("error", () => res.destroy());
    gzip.pipe(res);
    for (const piece of held.splice(0)) gzip.write(piece);
    answer.pipe(gzip);
  };
  const onEnd = () => {
    const body = Buffer.concat(held);
    res.writeHead(status, { ...headers, "content-length": String(body.length) });
    res.end(body);
  };
  answer.on("data", onData).on("end", onEnd);
}

// A client's connection moves to the process that answers its request (issue 17). The workers that render
// run at a lower priority, so their event loops are often tens of milliseconds late; a save forwarded
// through one waited for that loop on the way in and again for its answer on the way out (measured under
// `npm run load`: a save sent straight to the lane took 55–58 ms at p50 against 79–114 ms forwarded). So a
// worker that receives a save hands the client's connection itself to the lane (the socket, through the
// primary, with the request's bytes it has already read), and the lane answers the client directly; when
// a read then arrives on that connection, the lane hands it back to a worker that renders the same way.
// A browser that saves again meets the lane at once; a reader never waits for the lane's loop for more
// than the hand-back. Requests not yet whole, large ones (a document sent with a form), and a connection
// with another request or answer under way stay where they are (forwarded, or served there).
const HAND_OVER_MAX_BYTES = 64 * 1024;
const latestRequest = Symbol("latest request on this connection");
const fromClient = Symbol("a client's connection handed over");

/**
 * The request's head as a client would send it, rebuilt from what this process's parser read (the header
 * names and values as they came, in order), with the body's length as it is now known. Nothing this
 * process added (its X-Forwarded-For entry) is in it: the next process gets the client's own connection
 * and adds the peer itself.
 */
export function rebuiltRequestHead(req, bodyLength) {
  const lines = [`${req.method} ${req.url} HTTP/${req.httpVersion === "1.0" ? "1.0" : "1.1"}`];
  for (let i = 0; i < req.rawHeaders.length; i += 2) {
    const name = req.rawHeaders[i].toLowerCase();
    // The body is whole and its length known: no framing of the client's, and nothing left to wait for.
    if (name === "content-length" || name === "transfer-encoding" || name === "expect") continue;
    lines.push(`${req.rawHeaders[i]}: ${req.rawHeaders[i + 1]}`);
  }
  lines.push(`Content-Length: ${bodyLength}`, "", "");
  return Buffer.from(lines.join("\r\n"), "latin1");
}

/** Every request a server receives is noted on its connection (`handConnectionOver`: a connection carrying a later request stays). */
export const noteRequest = (req) => {
  if (req.socket) req.socket[latestRequest] = req;
};

/** Whether the request came on a client's connection handed to this process (the lane hands only those back, never a worker's socket to it). */
export const onHandedConnection = (req) => req.socket?.[fromClient] === true;

/**
 * Hand the client's connection, with this request, to another process: `channel` is the IPC channel it goes
 * over (a worker's `process`, to the primary, which passes it on; the socket is this process's no more). Only
 * when the request is whole and small, the only one under way on its connection, and nothing is still being
 * written to the client; otherwise
 * `otherwise(req, res)`. The decision waits for the bytes already received to be parsed (`setImmediate`:
 * the parser announces a request at its head, before its body).
 */
export function handConnectionOver(req, res, channel, otherwise) {
  setImmediate(() => {
    const socket = req.socket;
    const whole = req.complete && req.readableLength <= HAND_OVER_MAX_BYTES;
    const alone = socket?.[latestRequest] === req && socket._httpMessage === res && socket.writableLength === 0;
    if (!whole || !alone || !socket._handle || socket.destroyed || res.headersSent || typeof channel.send !== "function") return otherwise(req, res);
    const chunks = [];
    for (let chunk = req.read(); chunk !== null; chunk = req.read()) chunks.push(chunk);
    const body = Buffer.concat(chunks);
    const bytes = Buffer.concat([rebuiltRequestHead(req, body.length), body]).toString("base64");
    try {
      channel.send({ clientConnection: { bytes } }, socket, { keepOpen: false }, (error) => error && socket.destroy());
    } catch {
      // The channel to the primary is gone (this process is ending): the client may try again; nothing was done.
      socket.destroy();
    }
  });
}

/** A clean "try again" (503): nothing was done. `close`: and the connection ends after it. */
function answerUnavailable(res, { close = false } = {}) {
  res.writeHead(503, { "content-type": "text/plain; charset=utf-8", "retry-after": "1", "cache-control": "no-store", ...(close ? { connection: "close" } : {}) });
  res.end("Service unavailable");
}

/**
 * In the lane: a read on a client's connection it took for a save goes back to a worker that renders. One that
 * cannot (requests sent one after another without waiting for the answers, or a large one) is refused with a
 * "try again" and the connection closed: the lane never renders pages, whoever asks (browsers do not send so).
 */
export function handReadBack(req, res, channel) {
  handConnectionOver(req, res, channel, (_req, refused) => answerUnavailable(refused, { close: true }));
}

/**
 * The receiving side: the server takes the client's socket as a connection of its own and parses the
 * request the other process had read (then whatever the client sends after it). `message` is what
 * `handConnectionOver` sent.
 */
export function takeHandedConnection(server, socket, message) {
  const bytes = Buffer.from(message.clientConnection.bytes, "base64");
  socket[fromClient] = true;
  server.emit("connection", socket);
  socket.emit("data", bytes);
}

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
      const headers = withoutHopByHop(req.headers);
      delete headers["accept-encoding"]; // the lane answers uncompressed; passAnswerOn compresses
      const upstream = http.request({ socketPath, agent, method: req.method, path: req.url, headers }, (answer) => {
        answer.on("error", () => res.destroy());
        passAnswerOn(req, res, answer);
      });
      upstream.on("error", () => (res.headersSent ? res.destroy() : answerUnavailable(res)));
      // A client that leaves before its answer (at any point) ends the exchange with the lane too: otherwise its
      // answer would wait for a reader that is gone, holding one of the agent's connections for good.
      res.on("close", () => !res.writableFinished && upstream.destroy());
      req.pipe(upstream);
    },
  };
}
