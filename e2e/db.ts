import bcrypt from "bcryptjs";
import postgres from "postgres";

/** Direct access to the e2e database, for tests that need their own accounts or must look behind the app. */
export function e2eSql() {
  const url = process.env.E2E_DATABASE_URL;
  if (!url) throw new Error("E2E_DATABASE_URL is not set");
  return postgres(url, { max: 2, onnotice: () => {} });
}

/** A fresh account of its own, so that a test never locks or changes a shared demo account. */
export async function createAccount(email: string, password: string, role: "editor" | "coordinator" | "admin" | "executive" = "editor") {
  const sql = e2eSql();
  try {
    const hash = await bcrypt.hash(password, 4);
    await sql`insert into users (email, name, role, password_hash) values (${email}, ${"E2E " + email}, ${role}, ${hash})`;
  } finally {
    await sql.end();
  }
}

/**
 * Record a publication in the history, as the app's publish action does in
 * the same transaction. A test that writes published rows straight into the
 * database must call this too: the public site's page cache is refreshed by
 * the history (see lib/public-cache/generation.ts).
 */
export async function recordPublication(sql: postgres.Sql, entityType: string, entityId: string, snapshot: Record<string, unknown>) {
  await sql`insert into audit_log (entity_type, entity_id, action, version, after, is_publication) values (${entityType}, ${entityId}, 'publish', 1, ${sql.json(snapshot as postgres.JSONValue)}, true)`;
}
