import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * lib/ holds the rules; SQL lives in db/queries/<area>/ (docs/architecture.md). Only these lib files
 * may import Drizzle and the schema's tables: the infrastructure every area shares (the publishing
 * workflow of the mutation wrapper, sign-in, rate limits, the public cache's generation counter, and
 * the late rule's SQL form kept beside the rule). Area code calls db/queries/<area>/.
 */
const LIB_DRIZZLE_INFRASTRUCTURE = [
  "lib/publishing.ts",
  "lib/auth/credentials.ts",
  "lib/auth/current-user.ts",
  "lib/auth/rate-limit.ts",
  "lib/auth/sso.ts",
  "lib/public-cache/generation.ts",
  "lib/public/feedback-limits.ts",
  "lib/strategy/flags.ts",
];

const config = [
  ...nextCoreWebVitals,
  ...nextTypescript,
  { ignores: [".next/**", "node_modules/**", ".data/**", "db/migrations/**", "test-results/**", "playwright-report/**", "next-env.d.ts"] },
  {
    rules: {
      "@typescript-eslint/no-explicit-any": "error",
      "@typescript-eslint/no-unused-vars": ["error", { argsIgnorePattern: "^_", varsIgnorePattern: "^_" }],
    },
  },
  // The layers (docs/architecture.md): app → components → lib → db. Imports only run downwards.
  {
    rules: {
      "import/no-restricted-paths": [
        "error",
        {
          zones: [
            { target: "./db", from: ["./app", "./components"], message: "db/ never imports app/ or components/ (layers: docs/architecture.md)." },
            { target: "./lib", from: ["./app", "./components"], message: "lib/ never imports app/ or components/: move what both need down into lib/ (layers: docs/architecture.md)." },
            {
              target: "./components",
              from: "./app",
              message: "components/ never import app/: a form bound to a server action lives beside the action in app/…/_components/, or the page hands the action in as a prop (docs/architecture.md).",
            },
          ],
        },
      ],
    },
  },
  {
    files: ["components/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["@/db", "@/db/*", "@/db/**"],
              allowTypeImports: true,
              message: "components/ import only types from db/: the page loads the data (db/queries/<area>/) and hands it in (docs/architecture.md).",
            },
          ],
        },
      ],
    },
  },
  {
    // Pages, actions and route handlers do not write SQL: reads and writes live in db/queries/<area>/
    // (an action is validation + permission + calls). Types from the schema are fine.
    files: ["app/**/*.{ts,tsx}"],
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*", "@/db/schema", "@/db/schema/*", "**/db/schema", "**/db/schema/*"],
              allowTypeImports: true,
              message: "app/ does not use Drizzle or the schema's tables: put the read or write in db/queries/<area>/ and call it (docs/architecture.md).",
            },
          ],
        },
      ],
    },
  },
  {
    // lib/ keeps the rules and pure logic; the SQL is in db/queries/<area>/ (types from Drizzle are fine).
    files: ["lib/**/*.{ts,tsx}"],
    ignores: LIB_DRIZZLE_INFRASTRUCTURE,
    rules: {
      "@typescript-eslint/no-restricted-imports": [
        "error",
        {
          patterns: [
            {
              group: ["drizzle-orm", "drizzle-orm/*"],
              allowTypeImports: true,
              message: "lib/ does not use Drizzle: put the read or write in db/queries/<area>/ and call it; lib keeps the rules (docs/architecture.md).",
            },
            {
              group: ["@/db/schema", "@/db/schema/*", "**/db/schema", "**/db/schema/*"],
              allowTypeImports: true,
              message: "lib/ imports only types from the schema (import type): a table as a value means SQL, which is in db/queries/<area>/ (docs/architecture.md).",
            },
          ],
        },
      ],
    },
  },
];

export default config;
