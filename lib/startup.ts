import { exit } from "node:process";
import { getDb, usesEmbeddedDatabase } from "@/db/client";
import { env } from "./env";

/**
 * Once per server process, at start: check the configuration and bring the
 * database up to date (migrations, demo data in demo mode), so that
 * configuration errors show at once and the first request does not wait.
 */
export async function startServer(): Promise<void> {
  const e = env();
  if (e.NODE_ENV === "production" && !e.AUTH_SECRET) {
    console.error("\n[setup] AUTH_SECRET is not set. Set it to a long random string, e.g. `export AUTH_SECRET=$(openssl rand -base64 32)`.\n");
    // Refuse to run at all: sessions cannot be signed safely without it.
    exit(1);
  }
  try {
    await getDb();
    console.info(`[setup] database ready (${usesEmbeddedDatabase() ? `embedded PGlite in ${e.PGLITE_DIR}` : "PostgreSQL server"})`);
  } catch (error) {
    // Keep serving: the health endpoint answers 503 and requests retry the connection.
    console.error("[setup] database not reachable at start:", error instanceof Error ? error.message : error);
  }
}
