import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { defineConfig } from "vitest/config";

const root = path.dirname(fileURLToPath(import.meta.url));

export default defineConfig({
  resolve: {
    alias: {
      "@": path.resolve(root),
      // Next's guard against importing server code in the browser; tests are server code.
      "server-only": path.resolve(root, "tests/helpers/empty.ts"),
    },
  },
  test: {
    include: ["tests/**/*.test.ts"],
    environment: "node",
    setupFiles: ["tests/helpers/setup.ts"],
    // Migrate once; each test file's database is a copy of that one.
    globalSetup: ["tests/helpers/global-setup.ts"],
    pool: "forks",
    // A worker per core (vitest's default leaves one idle: one worker on a 2-core machine). The
    // files mostly wait on their database, in the same process (PGlite) or the server.
    maxWorkers: os.availableParallelism(),
    // next-auth's ESM imports "next/server" without an extension, which Node
    // cannot resolve; let Vite resolve it (the sign-in actions import AuthError).
    server: { deps: { inline: ["next-auth"] } },
    testTimeout: 60_000,
    hookTimeout: 120_000,
  },
});
