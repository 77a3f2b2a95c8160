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
  },
  (t) => [index("audit_log_entity").on(t.entityType, t.entityId, t.at)],
);
export type AuditEntry = typeof auditLog.$inferSelect;
