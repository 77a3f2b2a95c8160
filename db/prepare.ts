import { hashPassword } from "@/lib/auth/password";
import { eq } from "drizzle-orm";
import type { Db } from "./client";
import { migrateEmbedded, migrateServer } from "./migrate";
import { users } from "./schema";
import { seedDemo } from "./seed/demo";
import { ensureFundingProgrammes } from "./seed/funding";
import { env, isDemoMode } from "@/lib/env";

/**
 * Bring a freshly opened database up to date: migrations always; the source
 * page as demo data (with demo accounts) in demo mode; the first admin from
 * ADMIN_EMAIL / ADMIN_PASSWORD when they are set.
 */
export async function prepareDatabase(db: Db): Promise<void> {
  const { DATABASE_URL } = env();
  const fill = async () => {
    if (isDemoMode()) await seedDemo(db, { withAccounts: true });
    await ensureFundingProgrammes(db); // reference list, needed with or without demo data
    await ensureBootstrapAdmin(db);
  };
  // On a server, under the migrations' lock: servers (and worker processes) that start at once fill in turn, never both.
  if (DATABASE_URL) await migrateServer(DATABASE_URL, fill);
  else {
    await migrateEmbedded(db);
    await fill();
  }
}

export async function ensureBootstrapAdmin(db: Db): Promise<void> {
  const { ADMIN_EMAIL, ADMIN_PASSWORD } = env();
  if (!ADMIN_EMAIL || !ADMIN_PASSWORD) return;
  const email = ADMIN_EMAIL.trim().toLowerCase();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) return;
  await db.insert(users).values({
    email,
    name: email,
    role: "admin",
    passwordHash: await hashPassword(ADMIN_PASSWORD),
  });
  console.info(`[setup] created the first admin account ${email}`);
}
