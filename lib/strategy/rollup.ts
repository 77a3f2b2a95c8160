/**
 * Progress roll-up: a priority's or goal's progress is the weighted mean of
 * its measures' progress (weight 1 where none is set). Cancelled measures
 * do not count. Returns null when there is nothing to roll up.
 */
export function rollUpProgress(measures: readonly { progress: number; weight?: number | null; status?: string }[]): number | null {
  let total = 0;
  let weights = 0;
  for (const m of measures) {
    if (m.status === "cancelled") continue;
    const w = m.weight && m.weight > 0 ? m.weight : 1;
    total += m.progress * w;
    weights += w;
  }
  return weights === 0 ? null : Math.round(total / weights);
}
