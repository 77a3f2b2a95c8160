// Shared by the fault and load scripts: a throw-away PostgreSQL, a production
// build of the app on it, signing in and calling server actions over HTTP as
// a browser does. Everything targets localhost only.
import { execFileSync, spawn } from "node:child_process";
import net from "node:net";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import postgres from "postgres";

export const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
export const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
export const now = () => performance.now();

/** Ports that other servers on a shared build machine may take at any moment (3000–3999, 55400–55699): never chosen here. */
const reserved = (port) => (port >= 3000 && port < 4000) || (port >= 55400 && port < 55700);

function anyFreePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.on("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A port nobody listens on now (for when FAULT_PORT etc. are not given), so parallel runs do not collide. */
export async function freePort() {
  for (;;) {
    const port = await anyFreePort();
    if (!reserved(port)) return port;
  }
}

export async function portFrom(name) {
  return process.env[name] ? Number(process.env[name]) : freePort();
}

export function assertLocal(url) {
  const host = new URL(url).hostname;
  if (!["localhost", "127.0.0.1", "::1"].includes(host)) throw new Error(`refusing to target ${host}: these scripts only run against localhost`);
}

/** A throw-away PostgreSQL server (scripts/pg.sh); returns its admin URL and a stop/start pair. */
export function startPostgres(port) {
  const dir = mkdtempSync(path.join(os.tmpdir(), "helsinki-pg-"));
  const run = (...args) => execFileSync(path.join(root, "scripts/pg.sh"), args, { encoding: "utf8", stdio: ["ignore", "pipe", "inherit"] }).trim();
  const url = run("start", dir, String(port));
  return {
    url,
    dir,
    stop: () => run("stop", dir),
    start: () => run("start", dir, String(port)),
    remove: () => {
      try {
        run("stop", dir);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  };
}

export async function createDatabase(adminUrl, name) {
  const sql = postgres(adminUrl, { max: 1, onnotice: () => {} });
  await sql.unsafe(`drop database if exists ${name} with (force)`);
  await sql.unsafe(`create database ${name}`);
  await sql.end();
  return adminUrl.replace(/\/[^/]*$/, `/${name}`);
}

/** The production build: reuse .next when it is there (npm test builds first), else build. */
export function ensureBuild() {
  if (existsSync(path.join(root, ".next/BUILD_ID")) && !process.env.REBUILD) return;
  console.info("[setup] building the app (next build)…");
  execFileSync("npx", ["next", "build"], { cwd: root, stdio: "inherit", env: { ...process.env, NEXT_TELEMETRY_DISABLED: "1" } });
}

/** The production server on the database, in its own process group; resolves when /api/health answers 200. */
export async function startApp({ port, databaseUrl, log = false }) {
  const base = `http://localhost:${port}`;
  assertLocal(base);
  // The production entry (`npm run serve`): Next behind the public page cache.
  // APP_NODE_ARGS: Node options for the server, e.g. "--cpu-prof --cpu-prof-dir=/tmp/prof" (not allowed in NODE_OPTIONS).
  const nodeArgs = (process.env.APP_NODE_ARGS ?? "").split(" ").filter(Boolean);
  const child = spawn(process.execPath, [...nodeArgs, path.join(root, "scripts/serve.mjs"), "-p", String(port)], {
    cwd: root,
    detached: true,
    stdio: ["ignore", log ? "inherit" : "pipe", log ? "inherit" : "pipe"],
    env: {
      ...process.env,
      DATABASE_URL: databaseUrl,
      DEMO_MODE: "true",
      AUTH_SECRET: "hardening-secret-hardening-secret-1234",
      AUTH_TRUST_HOST: "true",
      AUTH_URL: base,
      NODE_ENV: "production",
      NEXT_TELEMETRY_DISABLED: "1",
      DATABASE_POOL_SIZE: process.env.DATABASE_POOL_SIZE ?? "20",
    },
  });
  const output = [];
  child.stdout?.on("data", (d) => output.push(String(d)));
  child.stderr?.on("data", (d) => output.push(String(d)));
  const deadline = Date.now() + 120_000;
  while (Date.now() < deadline) {
    if (child.exitCode !== null) throw new Error(`the app exited at start:\n${output.join("")}`);
    try {
      const r = await fetch(`${base}/api/health`);
      if (r.status === 200) {
        // The write lane (scripts/write-lane.mjs) starts after the first worker serves: measure with it up.
        while (/and a write lane/.test(output.join("")) && !/write lane ready/.test(output.join("")) && Date.now() < deadline) await sleep(200);
        return { base, child, output, stop: () => stopApp(child) };
      }
    } catch {
      // not listening yet
    }
    await sleep(300);
  }
  stopApp(child);
  throw new Error(`the app did not become healthy in 120 s:\n${output.join("")}`);
}

export function stopApp(child) {
  if (child.exitCode !== null) return;
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    // already gone
  }
}

/**
 * A script's whole run on its own PostgreSQL (port from `pgPortVar`, or a
 * free one) and a production build of the app (port from `appPortVar`) on a
 * new database `database`: `run({ app, pg, databaseUrl })`, then both are
 * always stopped. Past `limitMs` (when given) they are stopped and the script
 * exits 1; an error is printed as `[tag] error:` and exits 1.
 */
export async function runWithApp({ tag, pgPortVar, appPortVar, database, limitMs }, run) {
  let pg;
  let app;
  let watchdog;
  let failed = false;
  try {
    ensureBuild();
    const appPort = await portFrom(appPortVar);
    pg = startPostgres(await portFrom(pgPortVar));
    if (limitMs)
      watchdog = setTimeout(() => {
        console.error(`[${tag}] hard time limit reached`);
        app?.stop();
        pg.remove();
        process.exit(1);
      }, limitMs);
    const databaseUrl = await createDatabase(pg.url, database);
    // The app reaches its database on this machine over the Unix socket (db/connection-url.ts), as an
    // install with both on one host would; PG_OVER_TCP=1 goes through 127.0.0.1 instead.
    const appDatabaseUrl = process.env.PG_OVER_TCP ? databaseUrl : `${databaseUrl}?host=${encodeURIComponent(pg.dir)}`;
    app = await startApp({ port: appPort, databaseUrl: appDatabaseUrl });
    await run({ app, pg, databaseUrl });
  } catch (error) {
    console.error(`[${tag}] error:`, error);
    failed = true;
  } finally {
    clearTimeout(watchdog);
    app?.stop();
    await sleep(200);
    pg?.remove();
  }
  if (failed) process.exit(1);
}

/** Sign in through Auth.js as a browser does; returns the Cookie header of the session. */
export async function signIn(base, email, password = "helsinki-demo") {
  const csrf = await fetch(`${base}/api/auth/csrf`);
  const { csrfToken } = await csrf.json();
  const cookies = csrf.headers.getSetCookie().map((c) => c.split(";")[0]);
  const r = await fetch(`${base}/api/auth/callback/credentials`, {
    method: "POST",
    redirect: "manual",
    headers: { "Content-Type": "application/x-www-form-urlencoded", Cookie: cookies.join("; ") },
    body: new URLSearchParams({ email, password, csrfToken, callbackUrl: `${base}/fi/staff` }),
  });
  const session = r.headers.getSetCookie().map((c) => c.split(";")[0]).find((c) => c.includes("session-token="));
  if (!session) throw new Error(`sign-in as ${email} failed (${r.status} ${r.headers.get("location")})`);
  return session;
}

/** The id Next gave a server action in this build, and a page that serves it. */
export function serverAction(filename, exportedName) {
  const manifest = JSON.parse(readFileSync(path.join(root, ".next/server/server-reference-manifest.json"), "utf8"));
  const found = Object.entries(manifest.node).find(([, v]) => v.filename === filename && v.exportedName === exportedName);
  if (!found) throw new Error(`no server action ${filename}#${exportedName} in the build`);
  return found[0];
}

/**
 * Call a server action as the browser's fetch does: arguments as JSON, the
 * action id in a header. Returns the HTTP status, the action's result (or
 * null) and the raw text.
 */
export async function callAction(base, pagePath, id, args, cookie) {
  const r = await fetch(`${base}${pagePath}`, {
    method: "POST",
    headers: { "Next-Action": id, "Content-Type": "text/plain;charset=UTF-8", Accept: "text/x-component", Origin: base, ...(cookie ? { Cookie: cookie } : {}) },
    body: JSON.stringify(args),
  });
  const text = await r.text();
  let result = null;
  // The flight stream has one JSON value per line ("1:{…}"); the action's result is the one with a boolean `ok`.
  for (const line of text.split("\n")) {
    const m = /^[0-9a-f]+:(\{.*\})$/.exec(line);
    if (!m || !m[1].includes('"ok":')) continue;
    try {
      const value = JSON.parse(m[1]);
      if (typeof value.ok === "boolean") result = value;
    } catch {
      // not the result line
    }
  }
  return { status: r.status, result, text };
}

/** Text that must never reach anyone: stack frames, file paths, SQL, driver errors. */
export const leakPattern = /\n\s+at\s|\.tsx?:\d+:\d+|node_modules|PostgresError|ECONNREFUSED|syntax error at|\binsert into\b|\bselect\b[^"]{0,80}\bfrom\s+"/i;

/** Percentile of a sorted array. */
export const pct = (sorted, p) => (sorted.length ? sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] : 0);
