import type { AskOutcome } from "@/db/schema/advocacy";
import { intlLocale, numberFormat } from "@/lib/i18n/formatters";

/**
 * Adoption rate of government-programme asks. The rule, shown in the UI too:
 * an adopted ask counts 1, a partly adopted ask ½, a not adopted ask 0; asks
 * still waiting for the programme (pending) are left out of the rate.
 * rate = (adopted + ½ · partly) / (adopted + partly + not adopted).
 */
export const PARTLY_WEIGHT = 0.5;

export type AdoptionFigures = {
  total: number;
  pending: number;
  adopted: number;
  partly: number;
  notAdopted: number;
  /** Asks with an outcome: the rate's denominator. */
  decided: number;
  /** 0–1, or null when no ask has an outcome yet. */
  rate: number | null;
};

export function adoptionFigures(outcomes: readonly AskOutcome[]): AdoptionFigures {
  return figuresOfCounts(outcomes.map((outcome) => ({ outcome, n: 1 })));
}

/** The figures from how many asks have each outcome. */
function figuresOfCounts(counts: readonly { outcome: AskOutcome; n: number }[]): AdoptionFigures {
  const f = { total: 0, pending: 0, adopted: 0, partly: 0, notAdopted: 0 };
  for (const { outcome: o, n } of counts) {
    f.total += n;
    if (o === "adopted") f.adopted += n;
    else if (o === "partly") f.partly += n;
    else if (o === "not_adopted") f.notAdopted += n;
    else f.pending += n;
  }
  const decided = f.adopted + f.partly + f.notAdopted;
  return { ...f, decided, rate: decided === 0 ? null : (f.adopted + PARTLY_WEIGHT * f.partly) / decided };
}

/** Figures overall and for each priority. */
export function adoptionByPriority<T extends { priorityId: string; outcome: AskOutcome }>(asks: readonly T[]) {
  const byPriority = new Map<string, AskOutcome[]>();
  for (const a of asks) {
    const list = byPriority.get(a.priorityId) ?? [];
    list.push(a.outcome);
    byPriority.set(a.priorityId, list);
  }
  return {
    overall: adoptionFigures(asks.map((a) => a.outcome)),
    byPriority: new Map([...byPriority].map(([id, list]) => [id, adoptionFigures(list)])),
  };
}

/** The same figures from counts per priority and outcome (a grouped SQL query), without reading every ask. */
export function adoptionFromCounts(counts: readonly { priorityId: string; outcome: AskOutcome; n: number }[]) {
  const ids = [...new Set(counts.map((c) => c.priorityId))];
  return {
    overall: figuresOfCounts(counts),
    byPriority: new Map(ids.map((id) => [id, figuresOfCounts(counts.filter((c) => c.priorityId === id))])),
  };
}

/** A rate as a whole percentage for display ("62 %"); null as a dash. */
export function formatRate(rate: number | null, locale: string): string {
  if (rate === null) return "–";
  return numberFormat(intlLocale(locale), { style: "percent", maximumFractionDigits: 0 }).format(rate);
}
