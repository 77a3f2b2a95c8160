import type { Db } from "@/db/client";
import { networkReviewItems, networkReviewRounds, networkReviewScores, networks, users } from "@/db/schema";

/**
 * Networks with their fees and two review rounds, the dashboard's figures
 * worked out by hand. Active = member, observer, leaving (the networks area's rule).
 *   A city_network member 1 200 000,00 €; B city_network observer 50 000,50 €; C eu_network leaving 30 000 €;
 *   D bilateral member, no fee; G other member 20 000 SEK; E global_network candidate 10 000 € and
 *   F global_network left 99 € (not active); H city_network member 777 €, archived.
 *   → city 2 networks 1 250 000,50 €; EU 1, 30 000 €; bilateral 1, 0 €; other 1, 0 € + 20 000 SEK;
 *     5 networks, 1 280 000,50 € in euros.
 * Latest review (2024): A decided keep; B reviewers leave, leave, keep → leave; C keep, leave → split →
 *   re-evaluate; E join → join; D no scores → none. The older round (2022, A leave) is not shown.
 */
export const EXPECTED_NETWORKS = {
  fees: {
    city_network: { EUR: [2, 125_000_050] },
    eu_network: { EUR: [1, 3_000_000] },
    bilateral: { EUR: [1, 0] },
    other: { SEK: [1, 2_000_000] },
  },
};

const L = (fi: string) => ({ fi, sv: `${fi} sv`, en: `${fi} en` });

export async function seedNetworksFixture(db: Db) {
  const net = async (key: string, type: (typeof networks.$inferInsert)["type"], status: (typeof networks.$inferInsert)["status"], fee: number | null, currency = "EUR", archived = false) =>
    (await db.insert(networks).values({ name: L(`Verkosto ${key}`), type, status, statusSince: "2020-01-01", annualFeeCents: fee, feeCurrency: currency, archivedAt: archived ? new Date() : null }).returning())[0]!;
  const A = await net("A", "city_network", "member", 120_000_000);
  const B = await net("B", "city_network", "observer", 5_000_050);
  const C = await net("C", "eu_network", "leaving", 3_000_000);
  const D = await net("D", "bilateral", "member", null);
  await net("G", "other", "member", 2_000_000, "SEK");
  const E = await net("E", "global_network", "candidate", 1_000_000);
  await net("F", "global_network", "left", 9_900);
  await net("H", "city_network", "member", 77_700, "EUR", true);

  const people = await db
    .insert(users)
    .values([1, 2, 3].map((i) => ({ email: `reviewer${i}-${Math.random().toString(36).slice(2)}@test.example`, name: `Arvioija ${i}`, role: "coordinator" as const })))
    .returning();
  const round = async (name: string, openedOn: string) => (await db.insert(networkReviewRounds).values({ name: L(name), openedOn }).returning())[0]!;
  const item = async (roundId: string, network: typeof A, decision: "keep" | "leave" | "join" | "re_evaluate" | null, votes: ("keep" | "leave" | "join" | "re_evaluate")[]) => {
    const [i] = await db.insert(networkReviewItems).values({ roundId, networkId: network.id, statusAtReview: network.status, feeCentsAtReview: network.annualFeeCents, decision }).returning();
    for (const [k, recommendation] of votes.entries())
      await db.insert(networkReviewScores).values({ itemId: i!.id, reviewerId: people[k]!.id, strategicFit: 3, benefit: 3, costEffectiveness: 3, recommendation, justification: "Perustelu" });
  };
  const old = await round("Kartoitus 2022", "2022-03-01");
  await item(old.id, A, "leave", []);
  const latest = await round("Arviointi 2024", "2024-02-01");
  await item(latest.id, A, "keep", []);
  await item(latest.id, B, null, ["leave", "leave", "keep"]);
  await item(latest.id, C, null, ["keep", "leave"]);
  await item(latest.id, E, null, ["join"]);
  await item(latest.id, D, null, []);
  return { latestRoundId: latest.id };
}
