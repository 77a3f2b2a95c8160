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
