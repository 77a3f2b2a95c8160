// A second server process for tests/foundation/write-lane.test.ts, standing in for the write lane: it takes
// client connections handed to it over its IPC channel, answers a POST itself and hands a GET back (as the lane
// does with a read: `handReadBack`), and says in each answer which process answered and what it received.
import http from "node:http";
import { handReadBack, noteRequest, onHandedConnection, takeHandedConnection } from "../../scripts/write-lane.mjs";

const answer = (req, res) => {
  let body = "";
  req.setEncoding("utf8");
  req.on("data", (chunk) => (body += chunk));
  req.on("end", () => {
    res.setHeader("content-type", "application/json");
    res.end(JSON.stringify({ pid: process.pid, method: req.method, url: req.url, headers: req.headers, body }));
  });
};

const server = http.createServer((req, res) => {
  noteRequest(req);
  const peer = req.socket.remoteAddress;
  if (peer) req.headers["x-forwarded-for"] = req.headers["x-forwarded-for"] ? `${req.headers["x-forwarded-for"]}, ${peer}` : peer;
  if (onHandedConnection(req) && req.method === "GET") return handReadBack(req, res, process);
  answer(req, res);
});
process.on("message", (message, socket) => message?.clientConnection && socket && takeHandedConnection(server, socket, message));
process.send({ ready: true });
