import "server-only";
import { inArray } from "drizzle-orm";
import type { Db, Tx } from "../../client";
import { strategyPeriods } from "../../schema";
import { statementsPerYear } from "../advocacy/indicators";
import { euSecuredPerYear } from "../funding/indicators";
import type { FigureScope } from "../funding/portfolio";
import { networksWithRole } from "../networks/indicators";
import { todayInHelsinki } from "@/lib/dates";
import { computedYears, isComputationKey, type ComputationKey, type ComputedValue } from "@/lib/strategy/computed";

/**
 * A computation: the indicator's yearly values counted in SQL from the app's
 * own data. `public`: only published data feeds it (the public site, the
 * open data); `staff`: the working copies.
 */
export type Computation = (db: Db, scope: FigureScope, years: number[]) => Promise<ComputedValue[]>;

/** The registry: one line per computation; each lives in its area's folder (db/queries/<area>/indicators.ts). */
export const computations: Record<ComputationKey, Computation> = {
  euSecuredPerYear: euSecuredPerYear,
  statementsPerYear: statementsPerYear,
  networksWithRole: networksWithRole,
};

type Computable = { periodId: string; computation?: string | null; source?: string | null; values: { date: string; value: string }[] };

/**
 * The indicators with their computed values in place of stored ones (a
 * computed indicator stores none; its typed targets stay). Each computation
 * runs once per period, however many indicators use it.
 */
export async function withComputedValues<I extends Computable>(db: Db | Tx, scope: FigureScope, list: I[], today = todayInHelsinki()): Promise<(Omit<I, "values"> & { values: (I["values"][number] & { unknown?: number })[] })[]> {
  const computed = list.filter((i) => i.source === "computed" && isComputationKey(i.computation));
  if (!computed.length) return list;
  const periodIds = [...new Set(computed.map((i) => i.periodId))];
  const periods = new Map(
    (await db.select({ id: strategyPeriods.id, startYear: strategyPeriods.startYear, endYear: strategyPeriods.endYear }).from(strategyPeriods).where(inArray(strategyPeriods.id, periodIds))).map((p) => [p.id, p]),
  );
  const results = new Map<string, Promise<ComputedValue[]>>();
  const valuesOf = (key: ComputationKey, periodId: string) => {
    const k = `${key}:${periodId}`;
    let r = results.get(k);
    if (!r) {
      const period = periods.get(periodId);
      r = period ? computations[key](db as Db, scope, computedYears(period, today)) : Promise.resolve([]);
      results.set(k, r);
    }
    return r;
  };
  return Promise.all(list.map(async (i) => (i.source === "computed" && isComputationKey(i.computation) ? { ...i, values: await valuesOf(i.computation, i.periodId) } : i)));
}
