import { beforeAll, describe, expect, it } from "vitest";
import type { ServerAction } from "@/lib/actions/define-action";
import { attack, foreignIds, type AttackTally } from "./attack";
import { setupTestDatabase } from "./db";
import { findDefinedActions } from "./enumerate";
import { matrixActors, type ActionRow, type FixtureContext, type MatrixRows } from "./matrix";
import { installWriteCounter } from "./write-counter";

/**
 * Hostile input: at least 1 000 generated payloads to every server action
 * the app has (found by the same enumeration as the permission matrix; the
 * matrix row's fixture gives the valid input that is mutated). The actions
 * are split over a few test files so that they run in parallel.
 */

export const HOSTILE_RUNS = Number(process.env.HOSTILE_RUNS ?? 1000);
export const HOSTILE_SEED = Number(process.env.HOSTILE_SEED ?? 20260801);

const rowFiles = import.meta.glob<MatrixRows>(["../matrix/*.ts", "!../matrix/*.test.ts"], { eager: true, import: "rows" });
const rowsByAction = new Map(Object.values(rowFiles).flatMap((r) => r.actions ?? []).filter((r) => !r.case).map((r) => [r.action, r] as const));

export function hostileShard(shard: number, shards: number) {
  const getDb = setupTestDatabase({ demo: true });
  let base: Awaited<ReturnType<typeof matrixActors>>;
  let ids: string[];
  let mine: [string, ServerAction<unknown>][];
  let writes: () => Promise<number>;
  const total: AttackTally & { actions: number } = { actions: 0, payloads: 0, accepted: 0, refused: {}, formData: 0 };

  beforeAll(async () => {
    const db = await getDb();
    base = await matrixActors(db);
    ids = await foreignIds(db);
    writes = await installWriteCounter(db);
    mine = [...(await findDefinedActions())].sort(([a], [b]) => a.localeCompare(b)).filter((_, i) => i % shards === shard);
  });

  async function validInput(row: ActionRow | undefined): Promise<Record<string, unknown>> {
    if (!row) return {};
    const ctx: FixtureContext = { db: await getDb(), ...base, caller: base.actors.admin, role: "admin", unique: `h${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}` };
    return row.fixture(ctx);
  }

  describe(`hostile input (part ${shard + 1} of ${shards})`, () => {
    it(`every server action survives ${HOSTILE_RUNS} generated payloads`, async () => {
      const failures: string[] = [];
      for (const [name, action] of mine) {
        const row = rowsByAction.get(name);
        const report = await attack({ writes, action, freshInput: () => validInput(row), actors: base.actors, ids, runs: HOSTILE_RUNS, seed: HOSTILE_SEED });
        total.actions++;
        total.payloads += report.tally.payloads;
        total.accepted += report.tally.accepted;
        total.formData += report.tally.formData;
        for (const [k, v] of Object.entries(report.tally.refused)) total.refused[k] = (total.refused[k] ?? 0) + v;
        expect(report.tally.payloads).toBeGreaterThanOrEqual(HOSTILE_RUNS);
        if (report.problems.length) failures.push(`${name}:\n  ${report.problems.join("\n  ")}`);
        console.info(`[hostile] ${name}: ${report.tally.payloads} payloads (${report.tally.formData} as FormData), ${report.tally.accepted} accepted, refused ${JSON.stringify(report.tally.refused)}`);
      }
      console.info(
        `[hostile] part ${shard + 1}/${shards}: ${total.actions} actions, ${total.payloads} payloads, ${total.accepted} accepted, refused ${JSON.stringify(total.refused)} — seed ${HOSTILE_SEED}`,
      );
      expect(failures).toEqual([]);
      // Every action of this part runs in this one test (seconds each on a busy 2-core machine).
    }, 30 * 60_000);
  });
}
