import { addFee, type FeeTotals } from "./amounts";
import { recommendations, type Recommendation } from "./vocabulary";

export { recommendations, type Recommendation } from "./vocabulary";

export type ScoreInput = { strategicFit: number; benefit: number; costEffectiveness: number; recommendation: Recommendation };

export type ItemInput = {
  itemId: string;
  networkId: string;
  feeCents: number | null;
  currency: string;
  priorityIds: string[];
  decision: Recommendation | null;
  scores: ScoreInput[];
};

export type ItemAggregate = {
  itemId: string;
  networkId: string;
  reviewers: number;
  /** Means to two decimals, as numbers for display; null without scores. */
  strategicFit: number | null;
  benefit: number | null;
  costEffectiveness: number | null;
  overall: number | null;
  votes: Record<Recommendation, number>;
  /** What most reviewers recommend; "re_evaluate" when they are split evenly. */
  consensus: Recommendation | null;
  /** The coordinator's decision if recorded, else the reviewers' consensus. */
  outcome: Recommendation | null;
};

/** Mean rounded half-up to two decimals, computed from integer sums so that it is exact. */
export function mean2(sum: number, count: number): number | null {
  if (!count) return null;
  return Math.round((sum * 100) / count) / 100;
}

export function aggregateItem(item: ItemInput): ItemAggregate {
  const n = item.scores.length;
  const sum = (pick: (s: ScoreInput) => number) => item.scores.reduce((acc, s) => acc + pick(s), 0);
  const fit = sum((s) => s.strategicFit);
  const benefit = sum((s) => s.benefit);
  const cost = sum((s) => s.costEffectiveness);
  const votes: Record<Recommendation, number> = { keep: 0, leave: 0, join: 0, re_evaluate: 0 };
  for (const s of item.scores) votes[s.recommendation]++;
  let consensus: Recommendation | null = null;
  if (n) {
    const top = Math.max(...Object.values(votes));
    const leaders = recommendations.filter((r) => votes[r] === top);
    consensus = leaders.length === 1 ? (leaders[0] ?? null) : "re_evaluate";
  }
  return {
    itemId: item.itemId,
    networkId: item.networkId,
    reviewers: n,
    strategicFit: mean2(fit, n),
    benefit: mean2(benefit, n),
    costEffectiveness: mean2(cost, n),
    overall: mean2(fit + benefit + cost, n * 3),
    votes,
    consensus,
    outcome: item.decision ?? consensus,
  };
}

export type RoundSummary = {
  items: ItemAggregate[];
  /** Network ids by outcome; "pending" = no scores and no decision yet. */
  byOutcome: Record<Recommendation | "pending", string[]>;
  /** Annual fees (at review time) of the networks to keep and to leave, per currency, exact. */
  feesKeep: FeeTotals;
  feesLeave: FeeTotals;
  feesJoin: FeeTotals;
  /** Priorities that no network outside "leave" serves. */
  unservedPriorityIds: string[];
};

export function summariseRound(items: ItemInput[], allPriorityIds: string[]): RoundSummary {
  const aggregates = items.map(aggregateItem);
  const byOutcome: RoundSummary["byOutcome"] = { keep: [], leave: [], join: [], re_evaluate: [], pending: [] };
  const feesKeep: FeeTotals = {};
  const feesLeave: FeeTotals = {};
  const feesJoin: FeeTotals = {};
  const served = new Set<string>();
  items.forEach((item, i) => {
    const outcome = aggregates[i]?.outcome ?? null;
    byOutcome[outcome ?? "pending"].push(item.networkId);
    if (outcome === "keep") addFee(feesKeep, item.feeCents, item.currency);
    if (outcome === "leave") addFee(feesLeave, item.feeCents, item.currency);
    if (outcome === "join") addFee(feesJoin, item.feeCents, item.currency);
    if (outcome !== "leave") for (const p of item.priorityIds) served.add(p);
  });
  return {
    items: aggregates,
    byOutcome,
    feesKeep,
    feesLeave,
    feesJoin,
    unservedPriorityIds: allPriorityIds.filter((p) => !served.has(p)),
  };
}
