import "server-only";
import { drizzle as drizzlePostgres, type PostgresJsDatabase } from "drizzle-orm/postgres-js";
import postgres from "postgres";
import * as schema from "./schema";
import { forgetDatabaseProbe, probeFailure, registerDatabaseProbe, suspectDatabaseDown } from "@/lib/db-health";
import { env } from "@/lib/env";
import { connectionTarget } from "./connection-url";
import { prepareDatabase } from "./prepare";
import { preparingStatements } from "./prepared-statements";
import { retryLostReads } from "./retry-lost-reads";

export type Db = PostgresJsDatabase<typeof schema>;
/** A transaction handle; the same query API as Db. */
export type Tx = Parameters<Parameters<Db["transaction"]>[0]>[0];

type Holder = { db?: Db; ready?: Promise<void>; close?: () => Promise<void>; embeddedTemplate?: Blob };

// One database handle per process, kept across dev-server reloads. Opened
// lazily so that `next build` never connects.
const holder: Holder = ((globalThis as { __helsinkiDb?: Holder }).__helsinkiDb ??= {});

async function openEmbedded(dir: string): Promise<{ db: Db; close: () => Promise<void> }> {
  const { mkdir } = await import("node:fs/promises");
  const { PGlite } = await import("@electric-sql/pglite");
  const { drizzle: drizzlePglite } = await import("drizzle-orm/pglite");
  if (!dir.startsWith("memory://")) await mkdir(dir, { recursive: true });
  const template = dir.startsWith("memory://") ? holder.embeddedTemplate : undefined;
  const client = new PGlite(dir, template ? { loadDataDir: template } : {});
  await client.waitReady;
  // The query builder API is the same for both drivers; only the result
  // metadata types differ, which this app does not use.
  const db = drizzlePglite(client, { schema, casing: "snake_case" }) as unknown as Db;
  return { db, close: () => client.close() };
}

function openServer(databaseUrl: string): { db: Db; close: () => Promise<void> } {
  const { url, path } = connectionTarget(databaseUrl);
  const client = postgres(url, {
    path,
    max: env().DATABASE_POOL_SIZE,
    onnotice: () => {},
    connect_timeout: 5,
    idle_timeout: 30,
    // Renewed after 30–60 minutes (spread so that they do not all reconnect at once): a connection keeps
    // the statements it prepared (db/prepared-statements.ts), and this bounds how many it gathers.
    max_lifetime: 60 * (30 + Math.random() * 30),
    // Reconnect quickly after an outage. The driver's default backoff grows to
    // 20 s, during which queries wait instead of failing or succeeding.
    backoff: (retries: number) => Math.min(0.05 * 2 ** retries, 1),
    // A dropped connection may mean the server went away: check at once, so
    // that pages answer 503 (lib/db-health.ts) instead of failing one by one.
    onclose: () => suspectDatabaseDown(),
    // No JIT compilation: the planner's costs of the summaries over 50 000 measures pass its
    // threshold, and compiling took 40–200 ms of a query that runs in less (issue 17; an
    // interactive application's queries are short, JIT pays off for long analytic ones).
    connection: { jit: "off" },
  });
  // The health probe has a connection of its own, so that a busy pool never makes it look down.
  const probeClient = postgres(url, { path, max: 1, onnotice: () => {}, connect_timeout: 3, idle_timeout: 60, backoff: () => 0.1 });
  registerDatabaseProbe(async () => {
    const answered = probeClient`select 1`.then(() => true, probeFailure);
    const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), 3000).unref());
    return Promise.race([answered, timeout]);
  });
  const db = drizzlePostgres(retryLostReads(preparingStatements(client)), { schema, casing: "snake_case" });
  const close = async () => {
    forgetDatabaseProbe();
    await Promise.all([client.end({ timeout: 5 }), probeClient.end({ timeout: 1 })]);
  };
  return { db, close };
}

/** The database, migrated and ready. */
export async function getDb(): Promise<Db> {
  if (!holder.ready) {
    holder.ready = (async () => {
      const url = env().DATABASE_URL;
      const opened = url ? openServer(url) : await openEmbedded(env().PGLITE_DIR);
      await prepareDatabase(opened.db);
      holder.db = opened.db;
      holder.close = opened.close;
    })().catch((error) => {
      holder.ready = undefined;
      throw error;
    });
  }
  await holder.ready;
  return holder.db as Db;
}

/**
 * Tests: in-memory embedded databases start as a copy of this one (a migrated
 * database's PGlite dumpDataDir) instead of running initdb in WebAssembly,
 * which takes seconds each (tests/helpers/global-setup.ts).
 */
export function startEmbeddedFrom(template: Blob | undefined): void {
  holder.embeddedTemplate = template;
}

export function usesEmbeddedDatabase(): boolean {
  return !env().DATABASE_URL;
}

export async function closeDb(): Promise<void> {
  const close = holder.close;
  holder.db = undefined;
  holder.ready = undefined;
  holder.close = undefined;
  await close?.();
}
