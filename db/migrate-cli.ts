// `npm run db:migrate`: apply the migrations now (the app also does it at start).
import { closeDb, getDb } from "./client";

getDb()
  .then(() => closeDb())
  .then(() => console.log("Database is up to date."))
  .catch((error) => {
    console.error(error instanceof Error ? error.message : error);
    process.exit(1);
  });
