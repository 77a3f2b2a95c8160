import { bigserial, boolean, index, integer, jsonb, pgTable, text, timestamp, uuid } from "drizzle-orm/pg-core";

/**
 * History of every write: who, when, what, before and after. Written in the
 * same transaction as the change it records. `isPublication` marks the
 * entries the public may read (the published versions of an item).
 */
export const auditLog = pgTable(
  "audit_log",
  {
    id: bigserial({ mode: "number" }).primaryKey(),
    entityType: text().notNull(),
    entityId: uuid().notNull(),
    action: text().notNull(),
    version: integer(),
    actorId: uuid(),
    actorName: text(),
    at: timestamp({ withTimezone: true }).notNull().defaultNow(),
    before: jsonb().$type<Record<string, unknown> | null>(),
    after: jsonb().$type<Record<string, unknown> | null>(),
    isPublication: boolean().notNull().default(false),
    /**
     * Whether the change can show on a public page. False only where the
     * writer knows it cannot (e.g. a save of a measure that was never
     * published); the public change counter moves only for true (issue 17).
     */
    publicEffect: boolean().notNull().default(true),
  },
  (t) => [index("audit_log_entity").on(t.entityType, t.entityId, t.at)],
);
export type AuditEntry = typeof auditLog.$inferSelect;
