import { defineConfig } from "drizzle-kit";

// Migrations are generated from the schema and committed; the same files are
// applied to the embedded PGlite database and to a PostgreSQL server.
export default defineConfig({
  dialect: "postgresql",
  schema: "./db/schema/index.ts",
  out: "./db/migrations",
  casing: "snake_case",
});
