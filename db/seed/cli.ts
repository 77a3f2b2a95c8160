// `npm run db:seed`: load the source page and the demo accounts into an empty database.
import { closeDb, getDb } from "../client";
import { seedDemo } from "./demo";

async function main() {
  const db = await getDb();
  const seeded = await seedDemo(db, { withAccounts: true });
  console.log(seeded ? "Demo data loaded." : "The database already has a strategy: nothing loaded.");
  await closeDb();
}

main().catch((error) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
