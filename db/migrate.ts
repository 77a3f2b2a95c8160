import path from "node:path";
import type { Db } from "./client";
import { connectionTarget } from "./connection-url";

export const migrationsFolder = path.join(process.cwd(), "db", "migrations");

// Any fixed number; all app servers agree on it so that only one migrates at a time.
const MIGRATION_LOCK = 7_241_550;

/** Apply the committed migrations to the embedded database (one process by construction). */
export async function migrateEmbedded(db: Db): Promise<void> {
  const { migrate } = await import("drizzle-orm/pglite/migrator");
  await migrate(db as never, { migrationsFolder });
}

/**
 * Apply the committed migrations to a PostgreSQL server, then run `andThen`
 * (the demo data, the reference lists, the first admin) still holding the
 * lock. A session-level advisory lock on one dedicated connection makes
 * several app servers (or the worker processes of one, scripts/serve.mjs)
 * that start at once take turns; the later ones find nothing left to do.
 */
export async function migrateServer(databaseUrl: string, andThen?: () => Promise<void>): Promise<void> {
  const { default: postgres } = await import("postgres");
  const { url, path } = connectionTarget(databaseUrl);
  const { drizzle } = await import("drizzle-orm/postgres-js");
  const { migrate } = await import("drizzle-orm/postgres-js/migrator");
  const client = postgres(url, { path, max: 1, onnotice: () => {}, connect_timeout: 10 });
  try {
    await client`select pg_advisory_lock(${MIGRATION_LOCK})`;
    await migrate(drizzle(client), { migrationsFolder });
    await andThen?.();
    await client`select pg_advisory_unlock(${MIGRATION_LOCK})`;
  } finally {
    await client.end({ timeout: 5 });
  }
}
