import "server-only";
import type { Db } from "../../client";
import type { FigureScope } from "./portfolio";
import { euByYear } from "./portfolio";
import { eurosFromCents, yearEnd, type ComputedValue } from "@/lib/strategy/computed";

/**
 * Computed indicator "EU money secured per year": the portfolio's own
 * per-year figure (euByYear: secured projects by start year), in euros.
 * Projects whose EU contribution is not known are counted apart.
 */
export async function euSecuredPerYear(db: Db, scope: FigureScope, years: number[]): Promise<ComputedValue[]> {
  const buckets = new Map((await euByYear(db, scope)).map((b) => [b.key, b]));
  return years.map((y) => {
    const b = buckets.get(String(y));
    return { date: yearEnd(y), value: eurosFromCents(b?.euCents ?? 0), unknown: b?.unknown ?? 0 };
  });
}
