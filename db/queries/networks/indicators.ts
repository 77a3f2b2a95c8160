import "server-only";
import { sql } from "drizzle-orm";
import type { Db } from "../../client";
import { rowsOf } from "../../rows";
import { networks } from "../../schema";
import { publicWhere } from "../public/visibility";
import type { FigureScope } from "../funding/portfolio";
import { yearEnd, type ComputedValue } from "@/lib/strategy/computed";

/**
 * Computed indicator "networks where Helsinki holds a role", per year: the
 * networks with a role whose term overlaps the year (no end = still held).
 * A role whose start is not known cannot be placed in a year: such networks
 * are counted apart (`unknown`), never as holding or not holding the role.
 * Public: only published networks and the roles in their snapshots.
 */
export async function networksWithRole(db: Db, scope: FigureScope, years: number[]): Promise<ComputedValue[]> {
  if (!years.length) return [];
  const roles =
    scope === "public"
      ? sql`(select ${networks.id} as network_id, (r->>'startDate')::date as start_date, (r->>'endDate')::date as end_date
            from ${networks} cross join lateral jsonb_array_elements(coalesce(${networks.published}->'roles', '[]'::jsonb)) r where ${publicWhere.network()})`
      : sql`(select nr.network_id, nr.start_date, nr.end_date from network_roles nr join ${networks} on ${networks.id} = nr.network_id where ${networks.archivedAt} is null)`;
  const result = await db.execute(sql`
    with roles as ${roles},
    held as (
      select y.year, r.network_id, bool_or(r.start_date is not null) as known
      from generate_series(${years[0]}::int, ${years[years.length - 1]}::int) as y(year)
      join roles r on (r.start_date is null or r.start_date <= make_date(y.year, 12, 31)) and (r.end_date is null or r.end_date >= make_date(y.year, 1, 1))
      group by y.year, r.network_id
    )
    select year::int as year, (count(*) filter (where known))::int as known, (count(*) filter (where not known))::int as unknown
    from held group by year`);
  const byYear = new Map(rowsOf<{ year: number; known: number; unknown: number }>(result).map((r) => [Number(r.year), r]));
  return years.map((y) => ({ date: yearEnd(y), value: String(Number(byYear.get(y)?.known ?? 0)), unknown: Number(byYear.get(y)?.unknown ?? 0) }));
}
