import { and, asc, eq, gt } from "drizzle-orm";
import type { Db } from "@/db/client";
import { auditLog } from "@/db/schema";
import type { ServerAction } from "@/lib/actions/define-action";
import type { ActionResult } from "@/lib/actions/result";
import type { Actor } from "@/lib/permissions";

export type RaceFigures = { rounds: number; saves: number; wins: number; conflicts: number; otherFailures: string[] };

/**
 * Race `concurrency` saves of one item from the same version, `rounds`
 * times. Each round exactly one save may win (the version goes up by one)
 * and every other one must get `conflict` naming who saved; afterwards the
 * item holds the winners' text and its history has exactly one entry per
 * win, in version order, carrying that winner's text — never a loser's.
 */
export async function raceSaves(options: {
  db: Db;
  action: ServerAction<unknown>;
  actors: Actor[];
  entityType: string;
  entityId: string;
  input: (marker: string, version: number) => Record<string, unknown> | FormData;
  read: () => Promise<{ version: number; text: string }>;
  rounds: number;
  concurrency: number;
}): Promise<RaceFigures & { problems: string[] }> {
  const { db, action, actors, entityType, entityId, input, read, rounds, concurrency } = options;
  const figures: RaceFigures = { rounds, saves: 0, wins: 0, conflicts: 0, otherFailures: [] };
  const problems: string[] = [];
  const start = await read();
  const [lastBefore] = await db
    .select({ id: auditLog.id })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId)))
    .orderBy(asc(auditLog.id))
    .then((rows) => rows.slice(-1));
  const winners: string[] = [];
  const losers = new Set<string>();

  for (let round = 0; round < rounds; round++) {
    const { version } = await read();
    const markers = Array.from({ length: concurrency }, (_, i) => `race-${round}-${i}-${Math.random().toString(36).slice(2, 8)}`);
    const results: ActionResult<unknown>[] = await Promise.all(
      markers.map((m, i) => action.execute(actors[i % actors.length] ?? null, input(m, version))),
    );
    figures.saves += results.length;
    const won = results.flatMap((r, i) => (r.ok ? [markers[i] as string] : []));
    for (const [i, r] of results.entries()) {
      if (r.ok) continue;
      if (r.code === "conflict" && r.conflict?.at) {
        figures.conflicts++;
        losers.add(markers[i] as string);
      } else figures.otherFailures.push(`${r.code} ${JSON.stringify(r.message)}`);
    }
    if (won.length !== 1) problems.push(`round ${round}: ${won.length} saves won from version ${version}`);
    const after = await read();
    if (after.version !== version + 1) problems.push(`round ${round}: version went ${version} → ${after.version}`);
    if (won[0]) {
      figures.wins++;
      winners.push(won[0]);
      if (!after.text.includes(won[0])) problems.push(`round ${round}: the item does not hold the winner's text`);
    }
  }

  const history = await db
    .select({ id: auditLog.id, version: auditLog.version, after: auditLog.after, before: auditLog.before })
    .from(auditLog)
    .where(and(eq(auditLog.entityType, entityType), eq(auditLog.entityId, entityId), gt(auditLog.id, lastBefore?.id ?? 0)))
    .orderBy(asc(auditLog.id));
  if (history.length !== figures.wins) problems.push(`history has ${history.length} entries for ${figures.wins} wins`);
  history.forEach((entry, i) => {
    const text = JSON.stringify(entry);
    if (entry.version !== start.version + i + 1) problems.push(`history entry ${i} has version ${entry.version}, expected ${start.version + i + 1}`);
    if (winners[i] && !text.includes(winners[i])) problems.push(`history entry ${i} does not carry the winner's text`);
    for (const l of losers) if (text.includes(l)) problems.push(`history entry ${i} carries a losing save's text ${l}`);
  });
  const final = await read();
  if (winners.length && !final.text.includes(winners[winners.length - 1] as string)) problems.push("the item does not hold the last winner's text");
  return { ...figures, problems };
}
