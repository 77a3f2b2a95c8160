// A published reporting round over the scaled strategy (scripts/bench/generate.ts) for the
// public follow-up report's benchmark: a round of the period with the most measures, every
// measure's entry written (a narrative in fi/sv/en, its status and progress), frozen the way
// publishing freezes it (db/queries/strategy/rounds.ts + lib/strategy/rounds.ts). Prints the
// report's id. Usage: DATABASE_URL=… npx tsx --conditions react-server scripts/bench/generate-round.ts
import { desc, eq, sql } from "drizzle-orm";
import { closeDb, getDb } from "@/db/client";
import { loadPublicStrategy } from "@/db/queries/public/strategy";
import { createRoundEntries, previousRound } from "@/db/queries/strategy/rounds";
import { goals, measures, reportingRounds, roundEntries } from "@/db/schema";
import { buildRoundReport } from "@/lib/strategy/rounds";

async function main() {
  const db = await getDb();
  const [busiest] = await db
    .select({ periodId: goals.periodId, n: sql<number>`count(*)::int` })
    .from(measures)
    .innerJoin(goals, eq(goals.id, measures.goalId))
    .groupBy(goals.periodId)
    .orderBy(desc(sql`count(*)`))
    .limit(1);
  if (!busiest) throw new Error("no measures");
  const id = await db.transaction(async (tx) => {
    const cutOffDate = "2024-11-30";
    const prev = await previousRound(tx, busiest.periodId, cutOffDate);
    const [round] = await tx
      .insert(reportingRounds)
      .values({ periodId: busiest.periodId, name: { fi: "Seuranta 11/2024 (suorituskykytesti)", sv: "Uppföljning 11/2024 (prestandatest)", en: "Follow-up 11/2024 (benchmark)" }, cutOffDate, previousRoundId: prev?.id ?? null, state: "closed" })
      .returning();
    await createRoundEntries(tx, round!);
    // Every entry written: a narrative of a few sentences in each language.
    await tx.execute(sql`
      update round_entries e set
        narrative = jsonb_build_object(
          'fi', 'Toimenpidettä ' || (m.title->>'fi') || ' on edistetty yhteistyössä kaupungin toimialojen kanssa. Seuraava vaihe käynnistyy vuoden vaihteessa, ja väliraportti käsitellään johtoryhmässä.',
          'sv', 'Åtgärden ' || coalesce(m.title->>'sv', m.title->>'fi') || ' har främjats i samarbete med stadens sektorer. Nästa fas inleds vid årsskiftet och en mellanrapport behandlas i ledningsgruppen.',
          'en', 'The measure ' || coalesce(m.title->>'en', m.title->>'fi') || ' has been advanced with the city''s divisions. The next phase starts at the turn of the year, and an interim report goes to the management group.'),
        written_at = now()
      from measures m where m.id = e.measure_id and e.round_id = ${round!.id}`);
    const [data, entries] = await Promise.all([
      loadPublicStrategy(tx),
      tx.select({ measureId: roundEntries.measureId, narrative: roundEntries.narrative, status: roundEntries.status, progress: roundEntries.progress, writtenAt: roundEntries.writtenAt }).from(roundEntries).where(eq(roundEntries.roundId, round!.id)),
    ]);
    const report = buildRoundReport(round!, data, entries);
    if (!report) throw new Error("the period is not public");
    await tx.update(reportingRounds).set({ state: "published", published: report, publishedAt: new Date() }).where(eq(reportingRounds.id, round!.id));
    console.log(`[bench] published round with ${report.measures.length} measures`);
    return round!.id;
  });
  console.log(`BENCH_ROUND_ID=${id}`);
  await closeDb();
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
