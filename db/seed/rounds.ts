import { eq } from "drizzle-orm";
import { loadPublicStrategy } from "../queries/public/strategy";
import type { Tx } from "../client";
import { reportingRounds, roundEntries } from "../schema";
import { buildRoundReport } from "@/lib/strategy/rounds";
import { seedMeasures } from "./strategy-page";

/**
 * The source page is itself a follow-up report: its measures' texts, as of
 * May 2022, are seeded as the published round "Seuranta 05/2022" (each
 * measure's narrative is the page's own text about it).
 */
export async function seedFollowUpRound(tx: Tx, ids: { periodId: string; measureIds: Map<string, string> }) {
  const writtenAt = new Date("2022-05-31T09:00:00Z");
  const name = { fi: "Seuranta 05/2022", sv: "Uppföljning 05/2022", en: "Follow-up 05/2022" };
  const [round] = await tx.insert(reportingRounds).values({ periodId: ids.periodId, name, cutOffDate: "2022-05-31", state: "closed", closedAt: writtenAt, createdAt: writtenAt }).returning();
  if (!round) throw new Error("seed: round not created");
  const entries = [...seedMeasures.international, ...seedMeasures.national].flatMap((m) => {
    const measureId = ids.measureIds.get(m.key);
    return measureId ? [{ roundId: round.id, measureId, narrative: m.description ?? null, status: m.status, progress: m.progress, writtenAt }] : [];
  });
  if (entries.length) await tx.insert(roundEntries).values(entries);
  const report = buildRoundReport(round, await loadPublicStrategy(tx), entries);
  if (report) await tx.update(reportingRounds).set({ state: "published", published: report, publishedAt: writtenAt, version: 2 }).where(eq(reportingRounds.id, round.id));
}
