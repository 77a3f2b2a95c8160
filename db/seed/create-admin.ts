// `npm run admin:create -- email@hel.fi [Name]`: create (or promote) an admin
// and print a one-time password for the first sign-in.
import { randomBytes } from "node:crypto";
import { hashPassword } from "../../lib/auth/password";
import { eq } from "drizzle-orm";
import { closeDb, getDb } from "../client";
import { users } from "../schema";

async function main() {
  const [emailArg, ...nameParts] = process.argv.slice(2);
  const email = emailArg?.trim().toLowerCase();
  if (!email || !/^[^@\s]+@[^@\s]+$/.test(email)) {
    console.error("Usage: npm run admin:create -- email@example.com [Full name]");
    process.exit(2);
  }
  const password = randomBytes(12).toString("base64url");
  const passwordHash = await hashPassword(password);
  const db = await getDb();
  const [existing] = await db.select({ id: users.id }).from(users).where(eq(users.email, email));
  if (existing) await db.update(users).set({ role: "admin", passwordHash, active: true }).where(eq(users.id, existing.id));
  else await db.insert(users).values({ email, name: nameParts.join(" ") || email, role: "admin", passwordHash });
  console.log(`Admin ${email} ready. One-time password: ${password}`);
  await closeDb();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
