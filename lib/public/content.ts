import "server-only";
import { getDb } from "@/db/client";
import { loadPublicStrategy, type PublicStrategy } from "@/db/queries/public/strategy";
import { byGeneration } from "./memo";

/** The public strategy, shared by the pages, the search and the open data of this process until something changes. */
export async function publicStrategy(): Promise<PublicStrategy> {
  return byGeneration("strategy", async () => loadPublicStrategy(await getDb()));
}

/** The period the site leads with: the one running this year, else the latest one. */
export function currentPeriod<P extends { startYear: number; endYear: number }>(periods: P[], year = new Date().getFullYear()): P | undefined {
  return periods.find((p) => p.startYear <= year && year <= p.endYear) ?? [...periods].sort((a, b) => b.endYear - a.endYear)[0];
}
