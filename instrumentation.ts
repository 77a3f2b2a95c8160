/** Next calls this once when a server process starts (see lib/startup.ts). */
export async function register() {
  if (process.env.NEXT_RUNTIME === "nodejs") {
    // The public page cache answers before Next when the app runs under scripts/serve.mjs.
    const { registerNodeCacheHook } = await import("./lib/public-cache/node-server");
    registerNodeCacheHook();
    const { startServer } = await import("./lib/startup");
    await startServer();
  }
}

/**
 * A request failed on the server. When the database is what failed, let the
 * health state know at once, so that the following page requests get a
 * clean 503 from the proxy until it answers again (lib/db-health.ts).
 */
export async function onRequestError(error: unknown) {
  if (process.env.NEXT_RUNTIME !== "nodejs") return;
  const [{ isDatabaseUnavailable }, { suspectDatabaseDown }] = await Promise.all([import("./lib/db-errors"), import("./lib/db-health")]);
  if (isDatabaseUnavailable(error)) suspectDatabaseDown();
}
