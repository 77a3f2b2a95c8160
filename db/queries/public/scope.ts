import "server-only";
import { sql, type SQL } from "drizzle-orm";
import type { PgColumn } from "drizzle-orm/pg-core";

/**
 * What the public may see, as SQL conditions for reads that are not the
 * whole strategy at once (search, feeds, sitemap, the other areas' open
 * data): published, not archived, and every parent up to the period public
 * too — the same rule as `loadPublicStrategy`. Each takes the table being read.
 */
type Publishable = { published: PgColumn; archivedAt: PgColumn };

const visible = (t: Publishable) => sql`(${t.published} is not null and ${t.archivedAt} is null)`;
const live = (alias: string) => sql.raw(`${alias}.published is not null and ${alias}.archived_at is null`);

const publicPeriodIds = sql`(select sp.id::text from strategy_periods sp where ${live("sp")})`;
const publicGoalIds = sql`(select g.id::text from goals g where ${live("g")} and g.published->>'periodId' in ${publicPeriodIds})`;
const publicPriorityIds = sql`(select pr.id::text from priorities pr where ${live("pr")} and pr.published->>'goalId' in ${publicGoalIds})`;
const publicMeasureIds = sql`(select ms.id::text from measures ms where ${live("ms")} and ms.published->>'goalId' in ${publicGoalIds})`;

export function publicScope() {
  return {
    period: (t: Publishable): SQL => visible(t),
    goal: (t: Publishable): SQL => sql`${visible(t)} and ${t.published}->>'periodId' in ${publicPeriodIds}`,
    priority: (t: Publishable): SQL => sql`${visible(t)} and ${t.published}->>'goalId' in ${publicGoalIds}`,
    measure: (t: Publishable): SQL => sql`${visible(t)} and ${t.published}->>'goalId' in ${publicGoalIds}`,
    update: (t: Publishable): SQL => sql`${visible(t)} and ${t.published}->>'measureId' in ${publicMeasureIds}`,
    indicator: (t: Publishable): SQL => sql`${visible(t)} and ${t.published}->>'periodId' in ${publicPeriodIds}`,
    euProject: (t: Publishable): SQL => visible(t),
    network: (t: Publishable): SQL => visible(t),
    /** Advocacy plans, actions and asks: shown under their priority, so only when it is public. */
    advocacy: (t: Publishable): SQL => sql`${visible(t)} and ${t.published}->>'priorityId' in ${publicPriorityIds}`,
  };
}
