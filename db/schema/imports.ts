import { jsonb, pgTable, primaryKey, text, timestamp } from "drizzle-orm/pg-core";
import { belongsTo } from "./common";
import { users } from "./users";

/**
 * How a person's own files map to an importable list's columns, remembered
 * per list and user: { file column name: app column key, or "" = not imported }.
 * Saved when an import runs; offered the next time the same columns turn up.
 */
export const importMappings = pgTable(
  "import_mappings",
  {
    userId: belongsTo(() => users.id),
    /** The list's key in lib/import-export/lists.ts ("eu-projects", "networks", …). */
    list: text().notNull(),
    mapping: jsonb().$type<Record<string, string>>().notNull(),
    updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.list] })],
);
