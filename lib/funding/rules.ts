import { shareBasisPoints, type Cents } from "@/lib/money";
import { todayInHelsinki } from "@/lib/dates";
import { euProjectStatuses as statuses } from "./vocabulary";

/**
 * The definitions behind the EU funding portfolio's figures, in one place so
 * that the SQL, the UI's explanations and the tests agree.
 */
export { statuses };
export type ProjectStatus = (typeof statuses)[number];

/** Money the city has secured ("brought home"): euros by programme, priority, year and the heat-map count these. */
export const SECURED_STATUSES = ["granted", "ongoing", "closed"] as const satisfies readonly ProjectStatus[];
/** The aligned share is computed over the EU money of these (as the strategy asks: granted and ongoing projects). */
export const SHARE_STATUSES = ["granted", "ongoing"] as const satisfies readonly ProjectStatus[];
/** Applications that have been decided; success rate = granted (incl. later ongoing/closed) over these. */
export const DECIDED_STATUSES = ["granted", "ongoing", "closed", "rejected"] as const satisfies readonly ProjectStatus[];
export const SUCCESS_STATUSES = SECURED_STATUSES;
/**
 * A project counts as aligned when at least one of its priority links has
 * strength ≥ 2. It then counts ONCE, with its whole EU contribution, however
 * many priorities it serves — the share never counts a euro twice.
 */
export const ALIGNED_MIN_STRENGTH = 2;
/** In euros by priority and the heat-map, every link of strength ≥ 1 counts the project's whole EU contribution under that priority. */
export const LINKED_MIN_STRENGTH = 1;

type Shares = { euContributionCents: Cents | null; stateFundingCents: Cents | null; ownFundingCents: Cents | null };

/** The city's share of a project: EU + state + own co-financing; not known (null) while any of the three is not known. */
export function cityShare(p: Shares): Cents | null {
  return p.euContributionCents === null || p.stateFundingCents === null || p.ownFundingCents === null ? null : p.euContributionCents + p.stateFundingCents + p.ownFundingCents;
}

/** EU co-financing rate: the EU contribution as a share of the city's share (basis points); null when not known. */
export function euRate(p: Shares): number | null {
  const share = cityShare(p);
  return share === null || p.euContributionCents === null ? null : shareBasisPoints(p.euContributionCents, share);
}

/** The city's own co-financing as a share of the city's share (basis points); null when not known. */
export function ownRate(p: Shares): number | null {
  const share = cityShare(p);
  return share === null || p.ownFundingCents === null ? null : shareBasisPoints(p.ownFundingCents, share);
}

/** A programme whose period has ended (e.g. the 2014–2020 ones): shown as closed, still chosen for the projects that ran under it. */
export function programmeClosed(p: { periodEnd: number }, today: string = todayInHelsinki()): boolean {
  return p.periodEnd < Number(today.slice(0, 4));
}

/** Days of the upcoming-deadlines list. */
export const UPCOMING_DAYS = 90;
