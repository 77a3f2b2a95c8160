#!/usr/bin/env node
// `npm start`: build once if needed, then serve the app. Without DATABASE_URL
// the app uses the embedded database in .data/ and demo data; a local
// AUTH_SECRET is generated there so that no set-up is needed.
import { execSync, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { portFromArgs } from "./port-arg.mjs";

const env = { ...process.env };
if (!env.DATABASE_URL && !env.AUTH_SECRET) {
  mkdirSync(".data", { recursive: true });
  const file = ".data/auth-secret";
  if (!existsSync(file)) writeFileSync(file, randomBytes(32).toString("base64"), { mode: 0o600 });
  env.AUTH_SECRET = readFileSync(file, "utf8").trim();
}
env.AUTH_TRUST_HOST ??= "true";
// `npm start -- -p 3961` (or --port 3961, --port=3961) wins over PORT, as with `next start`.
try {
  env.PORT = portFromArgs(process.argv.slice(2)) ?? env.PORT;
} catch (error) {
  console.error(`[start] ${error.message}`);
  process.exit(2);
}
env.PORT ??= "3000";

if (!existsSync(".next/BUILD_ID") || env.REBUILD === "1") {
  console.log("[start] building the app (first start only)…");
  // The type check is left to `npm test` (it is a third of the build on 2 cores), and the build
  // cache is not written (nothing reuses it on a first start); see next.config.js.
  execSync("npx next build", { stdio: "inherit", env: { ...env, BUILD_SKIP_TYPECHECK: "1", BUILD_FIRST_START: "1", NEXT_TELEMETRY_DISABLED: "1" } });
}
console.log(`[start] serving on http://localhost:${env.PORT}/fi`);
const child = spawn(process.execPath, ["scripts/serve.mjs", "-p", env.PORT], { stdio: "inherit", env });
for (const signal of ["SIGINT", "SIGTERM"]) process.on(signal, () => child.kill(signal));
child.on("exit", (code) => process.exit(code ?? 0));
