import nextCoreWebVitals from "eslint-config-next/core-web-vitals";
import nextTypescript from "eslint-config-next/typescript";

/**
 * Pages and actions that still hold inline Drizzle (issue #16, item 2). The list only shrinks:
 * move the file's reads and writes into db/queries/<area>/ and delete its line.
 */
const APP_DRIZZLE_NOT_YET_MOVED = [
  "app/\\[locale\\]/staff/strategy/indicators/actions.ts",
  "app/\\[locale\\]/staff/strategy/indicators/new/page.tsx",
  "app/\\[locale\\]/staff/strategy/rounds/\\[id\\]/entries/\\[entryId\\]/page.tsx",
  "app/\\[locale\\]/staff/strategy/rounds/actions.ts",
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
    ignores: APP_DRIZZLE_NOT_YET_MOVED,
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
];

export default config;
