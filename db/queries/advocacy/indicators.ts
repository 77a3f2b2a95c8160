import "server-only";
import { and, eq, isNotNull, isNull, sql } from "drizzle-orm";
import type { Db } from "../../client";
import { advocacyActivities } from "../../schema";
import { publicWhere } from "../public/visibility";
import type { FigureScope } from "../funding/portfolio";
import { yearEnd, type ComputedValue } from "@/lib/strategy/computed";

/**
 * Computed indicator "statements given per year": statements with the date
 * they were given, by year (declined ones were not given). Public: only
 * published statements.
 */
export async function statementsPerYear(db: Db, scope: FigureScope, years: number[]): Promise<ComputedValue[]> {
  if (!years.length) return [];
  const snap = (key: string) => sql`${advocacyActivities.published}->>${sql.raw(`'${key}'`)}`; // a literal key: GROUP BY must see the same expression
  const c =
    scope === "public"
      ? { day: sql`(${snap("date")})::date`, where: and(publicWhere.advocacyActivity(), sql`${snap("type")} = 'statement'`, sql`${snap("date")} is not null`) }
      : {
          day: sql`${advocacyActivities.date}`,
          where: and(isNull(advocacyActivities.archivedAt), eq(advocacyActivities.type, "statement"), isNotNull(advocacyActivities.date), eq(advocacyActivities.declined, false)),
        };
  const year = sql<number>`extract(year from ${c.day})::int`;
  const rows = await db
    .select({ year, n: sql<number>`count(*)::int` })
    .from(advocacyActivities)
    .where(and(c.where, sql`${year} between ${years[0]} and ${years[years.length - 1]}`))
    .groupBy(year);
  const byYear = new Map(rows.map((r) => [Number(r.year), Number(r.n)]));
  return years.map((y) => ({ date: yearEnd(y), value: String(byYear.get(y) ?? 0), unknown: 0 }));
}
