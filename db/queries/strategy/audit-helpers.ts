import "server-only";
import type { AuditFn } from "@/lib/actions/define-action";

/** The history record of a newly created item: every field it was created with, as "after". */
export async function recordCreate(audit: AuditFn, entityType: string, row: { id: string; version: number }, fields: Record<string, unknown>) {
  await audit({ entityType, entityId: row.id, action: "create", version: row.version, before: null, after: fields });
}
