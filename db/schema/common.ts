import { boolean, index, integer, jsonb, pgEnum, pgTable, primaryKey, text, timestamp, uuid, type AnyPgColumn } from "drizzle-orm/pg-core";

/** A content field in Finnish (required), Swedish and English. */
export type LocalizedText = { fi: string; sv?: string; en?: string };

export const localized = (name: string) => jsonb(name).$type<LocalizedText>();

export const timestamps = {
  createdAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true }).notNull().defaultNow(),
};

/**
 * The column sets of a row saved through a version-checked form: `version`
 * rises on every save and guards against lost updates (lib/publishing.ts);
 * `by` names who is recorded: nobody, the last saver (`updatedBy`), or the
 * creator and the last saver. Spread them where the lines stood
 * (`...versioned()`): the schema, and so the migrations, stay the same.
 */
export const versioned = () => ({ version: integer().notNull().default(1), ...timestamps });
export const versionedWithSaver = () => ({ version: integer().notNull().default(1), updatedBy: uuid(), ...timestamps });
export const versionedWithAuthors = () => ({ version: integer().notNull().default(1), createdBy: uuid(), updatedBy: uuid(), ...timestamps });

/** Who wrote a row that is never edited (a status change, a link), and when. */
export const written = () => ({ createdBy: uuid(), createdAt: timestamp({ withTimezone: true }).notNull().defaultNow() });

/** A required reference to the row this one belongs to. */
export const belongsTo = (target: () => AnyPgColumn) => uuid().notNull().references(target);

/**
 * A many-to-many link between two tables: the two required references are
 * the primary key, and the second one has its own index
 * (`linkTable("measure_contacts", ["measureId", () => measures.id], ["userId", () => users.id], "measure_contacts_user")`).
 */
export function linkTable<A extends string, B extends string>(name: string, [a, aTarget]: [A, () => AnyPgColumn], [b, bTarget]: [B, () => AnyPgColumn], bIndex: string) {
  const columns = { [a]: belongsTo(aTarget), [b]: belongsTo(bTarget) } as Record<A | B, ReturnType<typeof belongsTo>>;
  return pgTable(name, columns, (t) => [primaryKey({ columns: [t[a], t[b]] }), index(bIndex).on(t[b])]);
}

export const reviewState = pgEnum("review_state", ["draft", "pending", "returned", "published"]);

/**
 * Columns every publishable item carries. The row itself is the working copy
 * (what staff edit); `published` is the snapshot of public fields taken when a
 * coordinator published it. Public pages read only the snapshot, so a draft
 * can never leak to them. `version` increases on every write and guards
 * against lost updates.
 */
export const publication = () => ({
  version: integer().notNull().default(1),
  reviewState: reviewState().notNull().default("draft"),
  reviewComment: text(),
  published: jsonb().$type<Record<string, unknown>>(),
  publishedAt: timestamp({ withTimezone: true }),
  publishedVersion: integer(),
  archivedAt: timestamp({ withTimezone: true }),
  createdBy: uuid(),
  updatedBy: uuid(),
  /**
   * Invented demo content (set by the demo seed only, never by an editor), so
   * that public pages can tell it from the city's own text and say so. For a
   * measure it marks the reported status, progress and milestones as demo;
   * its title and description may still quote the source page.
   */
  isDemo: boolean().notNull().default(false),
});
