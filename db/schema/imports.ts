import { jsonb, pgTable, primaryKey, text, timestamp, uuid } from "drizzle-orm/pg-core";
import { users } from "./users";

/**
 * How a person's own files map to an importable list's columns, remembered
 * per list and user: { file column name: app column key, or "" = not imported }.
 * Saved when an import runs; offered the next time the same columns turn up.
 */
export const importMappings = pgTable(
  "import_mappings",
  {
    userId: uuid()
      .notNull()
      .references(() => users.id),
    /** The list's key in lib/import-export/lists.ts ("eu-projects", "networks", …). */
    list: text().notNull(),
    mapping: jsonb().$type<Record<string, string>>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.list] })],
);
