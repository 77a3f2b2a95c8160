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
