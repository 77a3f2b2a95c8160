import http from "node:http";
import { runWithApp, sleep } from "./lib/harness.mjs";
const get = (base, path) => new Promise((resolve) => {
  const t = Date.now();
  const req = http.get(base + path, { agent: false }, (res) => { res.resume(); res.on("end", () => resolve(`${path} ${res.statusCode} ${Date.now() - t}ms`)); });
  req.on("error", (e) => resolve(`${path} error ${e.message}`));
  req.setTimeout(20000, () => { req.destroy(); resolve(`${path} timeout`); });
});
runWithApp({ tag: "idle", pgPortVar: "X_PG", appPortVar: "X_PORT", database: "idle_app" }, async ({ app, pg }) => {
  for (let i = 0; i < 6; i++) await get(app.base, "/fi/signin");
  console.info("[idle] waiting 40 s idle");
  await sleep(40_000);
  pg.stop();
  console.info("[idle] PostgreSQL stopped");
  const out = [];
  for (let i = 0; i < 8; i++) out.push(await get(app.base, i % 2 ? "/fi/signin" : "/fi/networks"));
  console.info(out.join("\n"));
  console.info(app.output.join("").split("\n").filter((l) => /\[db\]|\[serve\]|rror/.test(l)).slice(-12).join("\n"));
  pg.start();
});
