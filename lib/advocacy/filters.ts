import { activityOutcomeFilters, type ActivityFilters, type ActivityOutcomeFilter, type AskFilters } from "@/db/queries/advocacy/staff";

/**
 * The staff lists' filters from the address bar. Anything that is not a
 * known value is ignored, so a hand-edited URL never breaks the page.
 */
type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
const uuid = (v: string | undefined) => (v && /^[0-9a-f-]{36}$/i.test(v) ? v : undefined);
const day = (v: string | undefined) => (v && /^\d{4}-\d{2}-\d{2}$/.test(v) && !Number.isNaN(Date.parse(v)) ? v : undefined);

export function activityFilters(params: Params, today: string): ActivityFilters {
  const type = one(params.type);
  const state = one(params.state);
  const outcome = one(params.outcome);
  return {
    priorityId: uuid(one(params.priority)),
    type: type === "statement" || type === "meeting" || type === "proposal" || type === "position_paper" ? type : undefined,
    from: day(one(params.from)),
    to: day(one(params.to)),
    state: state === "draft" || state === "pending" || state === "returned" || state === "published" ? state : undefined,
    outcome: activityOutcomeFilters.includes(outcome as ActivityOutcomeFilter) ? (outcome as ActivityOutcomeFilter) : undefined,
    q: one(params.q)?.slice(0, 200),
    today,
  };
}

export function askFilters(params: Params): AskFilters {
  const outcome = one(params.outcome);
  const year = Number(one(params.year));
  return {
    priorityId: uuid(one(params.priority)),
    outcome: outcome === "pending" || outcome === "adopted" || outcome === "partly" || outcome === "not_adopted" ? outcome : undefined,
    programmeYear: Number.isInteger(year) && year >= 2000 && year <= 2100 ? year : undefined,
    q: one(params.q)?.slice(0, 200),
  };
}
