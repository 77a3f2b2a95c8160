import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { measures, type Measure } from "@/db/schema";
import { defineAction, type ServerAction } from "@/lib/actions/define-action";
import { canEditOwned } from "@/lib/permissions";
import { loadForUpdate, updateVersioned } from "@/lib/publishing";
import { attack, foreignIds, type AttackTally } from "../helpers/attack";
import { setupTestDatabase } from "../helpers/db";
import { findDefinedActions } from "../helpers/enumerate";
import { matrixActors, type ActionRow, type FixtureContext, type MatrixRows } from "../helpers/matrix";

/**
 * Hostile input: at least 1 000 generated payloads to every server action
 * the app has (found by the same enumeration as the permission matrix; the
 * matrix row's fixture gives the valid input that is mutated).
 */

const RUNS = Number(process.env.HOSTILE_RUNS ?? 1000);
const SEED = Number(process.env.HOSTILE_SEED ?? 20260801);

const rowFiles = import.meta.glob<MatrixRows>(["../matrix/*.ts", "!../matrix/*.test.ts"], { eager: true, import: "rows" });
const rowsByAction = new Map(Object.values(rowFiles).flatMap((r) => r.actions ?? []).map((r) => [r.action, r] as const));

const getDb = setupTestDatabase({ demo: true });
let base: Awaited<ReturnType<typeof matrixActors>>;
let ids: string[];
let actions: Map<string, ServerAction<unknown>>;
const total: AttackTally & { actions: number } = { actions: 0, payloads: 0, accepted: 0, refused: {}, formData: 0 };

beforeAll(async () => {
  const db = await getDb();
  base = await matrixActors(db);
  ids = await foreignIds(db);
  actions = await findDefinedActions();
});

async function validInput(row: ActionRow | undefined): Promise<Record<string, unknown>> {
  if (!row) return {};
  const ctx: FixtureContext = { db: await getDb(), ...base, caller: base.actors.admin, role: "admin", unique: `h${Date.now().toString(36)}` };
  return row.fixture(ctx);
}

function add(t: AttackTally) {
  total.actions++;
  total.payloads += t.payloads;
  total.accepted += t.accepted;
  total.formData += t.formData;
  for (const [k, v] of Object.entries(t.refused)) total.refused[k] = (total.refused[k] ?? 0) + v;
}

// A stand-in shaped like an area's save, so the machinery is proven even before areas land.
const probe = defineAction({
  name: "hostile.probe",
  input: z.object({ id: z.string().uuid(), version: z.coerce.number().int(), title: z.string().trim().min(1).max(500) }),
  requires: ["strategy.manage", "strategy.editOwn"],
  load: (tx, input) => loadForUpdate<Measure & { version: number }>(tx, measures, input.id),
  authorize: (actor, item) => canEditOwned(actor, { unitId: item.responsibleUnitId }, "strategy.manage", "strategy.editOwn"),
  run: async ({ tx, actor, input, item, audit }) => {
    const after = await updateVersioned(tx, measures, item.id, input.version, { title: { fi: input.title } }, actor);
    await audit({ entityType: "measure", entityId: item.id, action: "update", version: after.version });
  },
});

describe("hostile input", () => {
  it("the attack harness passes a well-built action and catches a leaky one", async () => {
    const db = await getDb();
    const freshInput = async () => {
      const [m] = await db.select().from(measures).where(eq(measures.responsibleUnitId, base.ownerUnitId)).limit(1);
      return { id: m?.id, version: m?.version, title: "Otsikko" };
    };
    const good = await attack({ db, action: probe, freshInput, actors: base.actors, ids, runs: 1000, seed: SEED });
    console.info(`[hostile] probe: ${JSON.stringify(good.tally)}`);
    expect(good.problems).toEqual([]);
    expect(good.tally.accepted).toBeGreaterThan(0);

    const leaky = defineAction({
      name: "hostile.leaky",
      input: z.object({ id: z.string() }),
      requires: ["strategy.manage"],
      run: async ({ tx, input }) => {
        // Unvalidated id into a uuid column: the database error must not escape.
        await tx.update(measures).set({ internalNotes: "x" }).where(eq(measures.id, input.id));
        throw new TypeError("Cannot read properties of undefined (reading 'x')");
      },
    });
    const bad = await attack({ db, action: leaky, freshInput: async () => ({ id: "x" }), actors: base.actors, ids, runs: 50, seed: SEED });
    expect(bad.problems.join("\n")).toMatch(/server error/);
  });

  it("every server action survives its generated payloads", async () => {
    const db = await getDb();
    const failures: string[] = [];
    for (const [name, action] of [...actions].sort(([a], [b]) => a.localeCompare(b))) {
      const row = rowsByAction.get(name);
      const report = await attack({ db, action, freshInput: () => validInput(row), actors: base.actors, ids, runs: RUNS, seed: SEED });
      add(report.tally);
      expect(report.tally.payloads).toBeGreaterThanOrEqual(RUNS);
      if (report.problems.length) failures.push(`${name}:\n  ${report.problems.join("\n  ")}`);
      console.info(`[hostile] ${name}: ${report.tally.payloads} payloads (${report.tally.formData} as FormData), ${report.tally.accepted} accepted, refused ${JSON.stringify(report.tally.refused)}`);
    }
    console.info(
      `[hostile] total: ${total.actions} actions, ${total.payloads} payloads, ${total.accepted} accepted, refused ${JSON.stringify(total.refused)}, 0 server errors expected — seed ${SEED}`,
    );
    expect(failures).toEqual([]);
    // Every area's actions run in this one test (about 10 s each on a busy 2-core machine): the default 60 s is too short.
  }, 30 * 60_000);
});
