import "server-only";
import type { Db } from "../../client";
import { portfolioTotals } from "@/lib/networks/portfolio";
import { getNetworkFormOptions, listNetworksForStaff } from "./staff";
import { latestRecommendations } from "./reviews";

/** Everything the portfolio view shows: the registry's totals, names for the keys and the latest review's outcome. */
export async function getPortfolio(db: Db) {
  const [networks, options, latest] = await Promise.all([listNetworksForStaff(db), getNetworkFormOptions(db), latestRecommendations(db)]);
  return { networks, totals: portfolioTotals(networks), units: options.units, priorities: options.priorities, latest };
}
