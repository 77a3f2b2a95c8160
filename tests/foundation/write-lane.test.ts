import { fork, type ChildProcess } from "node:child_process";
import { once } from "node:events";
import { mkdtempSync, rmSync } from "node:fs";
import http from "node:http";
import net, { type AddressInfo } from "node:net";
import os from "node:os";
import path from "node:path";
import { afterEach, describe, expect, it } from "vitest";
import { gunzipSync } from "node:zlib";
import { acceptsGzip } from "../../lib/accept-encoding.mjs";
import {
  createWriteLaneClient,
  handConnectionOver,
  isWriteRequest,
  noteRequest,
  renderWorkerNice,
  takeHandedConnection,
  writeLaneWanted,
} from "../../scripts/write-lane.mjs";

// The production server's write lane (scripts/write-lane.mjs): which requests go there, and that a
// save passes through the receiving worker unchanged, both ways.
const servers: http.Server[] = [];
const dirs: string[] = [];
const children: ChildProcess[] = [];
afterEach(async () => {
  for (const child of children.splice(0)) child.kill();
  await Promise.all(servers.splice(0).map((s) => (s.closeAllConnections(), new Promise((r) => s.close(r)))));
  for (const d of dirs.splice(0)) rmSync(d, { recursive: true, force: true });
});

const listen = (server: http.Server, where: string | number) =>
  new Promise<void>((resolve) => {
    servers.push(server);
    server.listen(where, resolve);
  });

type Seen = { method?: string; url?: string; headers: http.IncomingHttpHeaders; body: string };

/** A lane on a socket that records what it got and answers with two cookies; a front worker that hands saves to it. */
async function laneAndFront({ laneUp = true, answer, answerAfterMs = 0 }: { laneUp?: boolean; answer?: string; answerAfterMs?: number } = {}) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "lane-test-"));
  dirs.push(dir);
  const socketPath = path.join(dir, "lane.sock");
  const seen: Seen[] = [];
  const lane = http.createServer((req, res) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (c) => (body += c));
    req.on("end", async () => {
      if (answerAfterMs) await new Promise((r) => setTimeout(r, answerAfterMs));
      seen.push({ method: req.method, url: req.url, headers: req.headers, body });
      res.setHeader("Set-Cookie", ["a=1; Path=/", "helsinki-wrote=5; Path=/"]);
      res.setHeader("content-type", "text/x-component");
      res.writeHead(200);
      if (answer !== undefined) return res.end(answer);
      res.write("0:");
      res.end(JSON.stringify({ ok: true, echoed: body.length }));
    });
  });
  if (laneUp) await listen(lane, socketPath);
  const client = createWriteLaneClient({ socketPath });
  client.setUp(true);
  const front = http.createServer((req, res) => {
    if (client.available() && isWriteRequest(req)) return client.forward(req, res);
    res.end("rendered here");
  });
  await listen(front, 0);
  const base = `http://127.0.0.1:${(front.address() as AddressInfo).port}`;
  return { base, seen, client };
}

describe("the write lane", () => {
  it("takes server actions only: not page reads, not sign-in or other posts", () => {
    const req = (method: string, headers: Record<string, string> = {}) => ({ method, headers }) as unknown as http.IncomingMessage;
    expect(isWriteRequest(req("POST", { "next-action": "7f00aa" }))).toBe(true);
    expect(isWriteRequest(req("POST"))).toBe(false); // e.g. /api/auth/callback/credentials
    expect(isWriteRequest(req("GET", { "next-action": "7f00aa" }))).toBe(false);
    expect(writeLaneWanted({ workers: 2, setting: undefined })).toBe(true);
    expect(writeLaneWanted({ workers: 2, setting: "off" })).toBe(false);
    expect(writeLaneWanted({ workers: 1, setting: undefined })).toBe(false); // one process (e.g. the embedded database)
  });

  it("the workers that render run below the lane (RENDER_WORKER_NICE), and only when there is a lane", () => {
    expect(renderWorkerNice({ lane: true, setting: undefined })).toBe(10);
    expect(renderWorkerNice({ lane: true, setting: "" })).toBe(10);
    expect(renderWorkerNice({ lane: true, setting: "5" })).toBe(5);
    expect(renderWorkerNice({ lane: true, setting: "40" })).toBe(19);
    for (const setting of ["0", "-5", "junk", "2.5"]) expect(renderWorkerNice({ lane: true, setting }), setting).toBe(0);
    expect(renderWorkerNice({ lane: false, setting: "10" })).toBe(0);
  });

  it("passes a save through unchanged: method, address, headers and a large body in; status, cookies and body out", async () => {
    const { base, seen } = await laneAndFront();
    const body = JSON.stringify([null, { notes: "å".repeat(300_000) }]);
    const r = await fetch(`${base}/fi/staff/strategy/measures/new?x=1`, {
      method: "POST",
      headers: { "next-action": "7f00aa", cookie: "authjs.session-token=abc", "x-forwarded-for": "10.0.0.9", "content-type": "text/plain;charset=UTF-8" },
      body,
    });
    expect(r.status).toBe(200);
    expect(r.headers.getSetCookie()).toEqual(["a=1; Path=/", "helsinki-wrote=5; Path=/"]);
    expect(r.headers.get("content-type")).toBe("text/x-component");
    expect(await r.text()).toBe(`0:${JSON.stringify({ ok: true, echoed: body.length })}`);
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ method: "POST", url: "/fi/staff/strategy/measures/new?x=1", body });
    expect(seen[0]!.headers).toMatchObject({ "next-action": "7f00aa", cookie: "authjs.session-token=abc", "x-forwarded-for": "10.0.0.9" });
    expect(seen[0]!.headers.host).toMatch(/^127\.0\.0\.1:\d+$/); // the address the browser used (the action's origin check)
  });

  it("asks the lane for an uncompressed answer; a short one passes as it is, a long one gzip-compressed if the client takes it", async () => {
    const long = `0:${JSON.stringify({ rows: Array.from({ length: 2000 }, (_, i) => `rivi ${i} ä`) })}`;
    const { base, seen } = await laneAndFront({ answer: long });
    // node:http, not fetch: fetch would decode the answer and hide how it came.
    const post = (acceptEncoding?: string) =>
      new Promise<{ headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
        const headers: Record<string, string> = { "next-action": "7f00aa", ...(acceptEncoding ? { "accept-encoding": acceptEncoding } : {}) };
        const request = http.request(`${base}/fi/staff/x`, { method: "POST", headers }, (r) => {
          const chunks: Buffer[] = [];
          r.on("data", (c: Buffer) => chunks.push(c)).on("end", () => resolve({ headers: r.headers, body: Buffer.concat(chunks) }));
        });
        request.on("error", reject);
        request.end("[]");
      });
    const zipped = await post("br, gzip, deflate");
    expect(seen[0]!.headers["accept-encoding"]).toBeUndefined();
    expect(zipped.headers["content-encoding"]).toBe("gzip");
    expect(zipped.headers.vary).toMatch(/Accept-Encoding/);
    expect(zipped.body.length).toBeLessThan(Buffer.byteLength(long) / 3);
    expect(gunzipSync(zipped.body).toString("utf8")).toBe(long);
    for (const refuses of [undefined, "gzip;q=0, identity"]) {
      const plain = await post(refuses);
      expect(plain.headers["content-encoding"], refuses).toBeUndefined();
      expect(plain.body.toString("utf8")).toBe(long);
    }
  });

  it("a save's short answer is not compressed (it would only grow) and says its length", async () => {
    const { base } = await laneAndFront();
    const r = await fetch(`${base}/fi/staff/x`, { method: "POST", headers: { "next-action": "7f00aa", "accept-encoding": "gzip" }, body: "[]" });
    expect(r.headers.get("content-encoding")).toBeNull();
    expect(r.headers.get("content-length")).toBe(String(Buffer.byteLength(`0:${JSON.stringify({ ok: true, echoed: 2 })}`)));
    expect(await r.text()).toBe(`0:${JSON.stringify({ ok: true, echoed: 2 })}`);
  });

  it("reads Accept-Encoding as RFC 9110 does", () => {
    for (const yes of ["gzip", "br, gzip, deflate", "GZIP", "*", "gzip;q=0.5", "deflate, gzip; q=1"]) expect(acceptsGzip(yes), yes).toBe(true);
    for (const no of [undefined, "", "identity", "br", "gzip;q=0", "gzip; q=0.0", "x-gzip-ish"]) expect(acceptsGzip(no), String(no)).toBe(false);
  });

  it("a client that leaves before its answer frees the connection to the lane: many who do never stall the next save", async () => {
    const { base } = await laneAndFront({ answerAfterMs: 150 });
    const { port } = new URL(base);
    // More than the worker keeps open to the lane (64): each sends a whole save, then leaves before the answer.
    await Promise.all(
      Array.from({ length: 80 }, () =>
        new Promise<void>((resolve) => {
          const request = http.request({ host: "127.0.0.1", port, method: "POST", path: "/fi/staff/x", headers: { "next-action": "7f00aa" } });
          request.on("error", () => resolve());
          request.end("[]", () => setTimeout(() => (request.destroy(), resolve()), 30));
        }),
      ),
    );
    await new Promise((r) => setTimeout(r, 300));
    const r = await fetch(`${base}/fi/staff/x`, { method: "POST", headers: { "next-action": "7f00aa" }, body: "[]", signal: AbortSignal.timeout(5_000) });
    expect(r.status).toBe(200);
  });

  it("leaves reads where they arrive", async () => {
    const { base, seen } = await laneAndFront();
    expect(await (await fetch(`${base}/fi/staff/strategy`)).text()).toBe("rendered here");
    expect(seen).toHaveLength(0);
  });

  it("a lane that cannot be reached answers a clean 503 (try again), never a hang or a stack trace", async () => {
    const { base } = await laneAndFront({ laneUp: false });
    const r = await fetch(`${base}/fi/staff/x`, { method: "POST", headers: { "next-action": "7f00aa" }, body: "[]" });
    expect(r.status).toBe(503);
    expect(r.headers.get("retry-after")).toBe("1");
    expect(await r.text()).toBe("Service unavailable");
  });
});

type Answer = { pid: number; method: string; url: string; headers: http.IncomingHttpHeaders; body: string };

/**
 * A worker (this process) that hands a save's connection to a lane (another process, with a real IPC channel
 * as between the server's workers and the primary) and takes connections handed back to it. Each answer says
 * which process gave it; `forwarded` lists the saves this process kept (the forwarded path).
 */
async function workerAndLaneProcesses() {
  const lane = fork(path.join(__dirname, "../helpers/handed-connection-process.mjs"), { stdio: ["ignore", "inherit", "inherit", "ipc"] });
  children.push(lane);
  await once(lane, "message");
  const forwarded: string[] = [];
  const answer = (req: http.IncomingMessage, res: http.ServerResponse) => {
    let body = "";
    req.setEncoding("utf8");
    req.on("data", (chunk) => (body += chunk));
    req.on("end", () => res.end(JSON.stringify({ pid: process.pid, method: req.method, url: req.url, headers: req.headers, body })));
  };
  const worker = http.createServer((req, res) => {
    noteRequest(req);
    req.headers["x-forwarded-for"] = [req.headers["x-forwarded-for"], req.socket.remoteAddress].filter(Boolean).join(", ");
    if (!isWriteRequest(req)) return answer(req, res);
    handConnectionOver(req, res, lane, (r: http.IncomingMessage, s: http.ServerResponse) => {
      forwarded.push(r.url ?? "");
      answer(r, s);
    });
  });
  lane.on("message", (message: { clientConnection?: unknown }, socket?: net.Socket) => message?.clientConnection && socket && takeHandedConnection(worker, socket, message));
  await listen(worker, 0);
  const port = (worker.address() as AddressInfo).port;
  return { port, lanePid: lane.pid!, forwarded };
}

/** Requests over one kept-alive connection; each result has the answer and the local port it came over. */
function oneConnection(port: number) {
  const agent = new http.Agent({ keepAlive: true, maxSockets: 1 });
  return (method: string, url: string, headers: Record<string, string> = {}, body?: string) =>
    new Promise<{ answer: Answer; localPort: number }>((resolve, reject) => {
      const request = http.request({ host: "127.0.0.1", port, method, path: url, headers, agent }, (r) => {
        let text = "";
        r.setEncoding("utf8");
        r.on("data", (c) => (text += c)).on("end", () => resolve({ answer: JSON.parse(text) as Answer, localPort: request.socket!.localPort! }));
      });
      request.on("error", reject);
      request.end(body);
    });
}

/** Raw bytes to the worker's port; resolves with everything answered once `answers` responses are in (or the connection ends). */
function raw(port: number, pieces: { bytes: string; afterMs?: number }[], answers: number) {
  return new Promise<string>((resolve, reject) => {
    const socket = net.connect(port, "127.0.0.1");
    let text = "";
    socket.setEncoding("utf8");
    socket.on("data", (c) => {
      text += c;
      if ((text.match(/HTTP\/1\.1 200/g) ?? []).length < answers || !text.trimEnd().endsWith("}")) return;
      socket.end();
      resolve(text);
    });
    socket.on("end", () => resolve(text)).on("error", reject);
    socket.on("connect", async () => {
      for (const piece of pieces) {
        if (piece.afterMs) await new Promise((r) => setTimeout(r, piece.afterMs));
        socket.write(piece.bytes);
      }
    });
  });
}

describe("a client's connection handed between processes (a save to the lane, a read back)", () => {
  it("the lane answers the save on the client's own connection; the next read on it is answered by a worker again", async () => {
    const { port, lanePid } = await workerAndLaneProcesses();
    const send = oneConnection(port);
    const body = JSON.stringify([null, { notes: "å".repeat(5_000) }]);
    const save = await send("POST", "/fi/staff/x?y=1", { "next-action": "7f00aa", cookie: "authjs.session-token=abc", "x-forwarded-for": "10.0.0.9", "content-type": "text/plain;charset=UTF-8" }, body);
    expect(save.answer.pid).toBe(lanePid);
    expect(save.answer).toMatchObject({ method: "POST", url: "/fi/staff/x?y=1", body });
    expect(save.answer.headers).toMatchObject({ "next-action": "7f00aa", cookie: "authjs.session-token=abc", "content-length": String(Buffer.byteLength(body)) });
    // The client's own entry, then the peer once (as the lane saw it): not the worker's entry as well.
    expect(save.answer.headers["x-forwarded-for"]).toMatch(/^10\.0\.0\.9, (::ffff:)?127\.0\.0\.1$/);
    const read = await send("GET", "/fi/staff/strategy");
    expect(read.answer.pid).toBe(process.pid);
    expect(read.answer.headers["x-forwarded-for"]).toMatch(/^(::ffff:)?127\.0\.0\.1$/);
    const again = await send("POST", "/fi/staff/x", { "next-action": "7f00aa" }, "[]");
    expect(again.answer.pid).toBe(lanePid);
    expect(new Set([save.localPort, read.localPort, again.localPort]).size).toBe(1); // one connection throughout
  });

  it("a save sent in chunks (Transfer-Encoding) arrives whole, with its length", async () => {
    const { port } = await workerAndLaneProcesses();
    const text = await raw(port, [{ bytes: "POST /fi/staff/x HTTP/1.1\r\nHost: a\r\nNext-Action: 7f00aa\r\nTransfer-Encoding: chunked\r\n\r\n5\r\nhello\r\n6\r\n world\r\n0\r\n\r\n" }], 1);
    const answer = JSON.parse(text.slice(text.indexOf("{"))) as Answer;
    expect(answer).toMatchObject({ method: "POST", body: "hello world" });
    expect(answer.pid).not.toBe(process.pid);
    expect(answer.headers["content-length"]).toBe("11");
    expect(answer.headers["transfer-encoding"]).toBeUndefined();
  });

  it("the lane refuses reads sent one after another without waiting on a connection it took (it never renders), and closes it", async () => {
    const { port, lanePid } = await workerAndLaneProcesses();
    const save = "POST /fi/staff/x HTTP/1.1\r\nHost: a\r\nNext-Action: 7f00aa\r\nContent-Length: 2\r\n\r\n[]";
    const twoReads = "GET /one HTTP/1.1\r\nHost: a\r\n\r\nGET /two HTTP/1.1\r\nHost: a\r\n\r\n";
    const text = await raw(port, [{ bytes: save }, { bytes: twoReads, afterMs: 300 }], Infinity); // until the connection ends
    expect(text).toContain(`"pid":${lanePid}`); // the save, answered by the lane
    expect(text.match(/HTTP\/1\.1 \d+/g)).toEqual(["HTTP/1.1 200", "HTTP/1.1 503"]);
    expect(text).toMatch(/connection: close/i);
    expect(text).not.toContain('"url":"/one"');
  });

  it("a large save, one not yet whole, and one with another request behind it on the connection stay with the worker", async () => {
    const { port, forwarded } = await workerAndLaneProcesses();
    const send = oneConnection(port);
    const large = await send("POST", "/large", { "next-action": "7f00aa" }, "x".repeat(100_000));
    expect(large.answer.pid).toBe(process.pid);
    expect(large.answer.body).toHaveLength(100_000);
    const head = "POST /late HTTP/1.1\r\nHost: a\r\nNext-Action: 7f00aa\r\nContent-Length: 4\r\n\r\n";
    const late = await raw(port, [{ bytes: head + "ab" }, { bytes: "cd", afterMs: 150 }], 1);
    expect(JSON.parse(late.slice(late.indexOf("{")))).toMatchObject({ pid: process.pid, body: "abcd" });
    const twoAtOnce = `POST /first HTTP/1.1\r\nHost: a\r\nNext-Action: 7f00aa\r\nContent-Length: 2\r\n\r\n[]GET /second HTTP/1.1\r\nHost: a\r\n\r\n`;
    const both = await raw(port, [{ bytes: twoAtOnce }], 2);
    const pids = [...both.matchAll(/"pid":(\d+)/g)].map((m) => Number(m[1]));
    expect(pids).toEqual([process.pid, process.pid]);
    expect(forwarded).toEqual(["/large", "/late", "/first"]);
  });
});
