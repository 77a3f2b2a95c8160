/**
 * Runs once when a server process starts: check the configuration and bring
 * the database up to date (migrations, demo data in demo mode), so the first
 * request does not wait and configuration errors show at start.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const { env } = await import("./lib/env");
  const e = env();
  if (e.NODE_ENV === "production" && !e.AUTH_SECRET) {
    console.error("\n[setup] AUTH_SECRET is not set. Set it to a long random string, e.g. `export AUTH_SECRET=$(openssl rand -base64 32)`.\n");
    throw new Error("AUTH_SECRET is required in production");
  }
  // The public page cache answers before Next when the app runs under scripts/serve.mjs.
  const { registerNodeCacheHook } = await import("./lib/public-cache/node-server");
  registerNodeCacheHook();
  const { getDb, usesEmbeddedDatabase } = await import("./db/client");
  try {
    await getDb();
    console.info(`[setup] database ready (${usesEmbeddedDatabase() ? `embedded PGlite in ${e.PGLITE_DIR}` : "PostgreSQL server"})`);
  } catch (error) {
    // Keep serving: the health endpoint says 503 and requests retry the connection.
    console.error("[setup] database not reachable at start:", error instanceof Error ? error.message : error);
  }
}
