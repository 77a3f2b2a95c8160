import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { measures, type Measure } from "@/db/schema";
import { defineAction, type ServerAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/permissions";
import { setupTestDatabase } from "../helpers/db";
import { findDefinedActions } from "../helpers/enumerate";
import { measureNotesSave } from "../helpers/probe";
import { matrixActors, type FixtureContext, type MatrixRows } from "../helpers/matrix";
import { raceSaves, type RaceFigures } from "../helpers/race";

/**
 * Concurrency: 100 saves of the same item from the same version at once,
 * through the real action wrapper, round after round. The foundation's
 * mechanism (updateVersioned) is raced through a save shaped like the
 * areas'; every area save listed under `saves` in tests/matrix/<area>.ts is
 * raced the same way.
 */

const CONCURRENCY = Number(process.env.RACE_CONCURRENCY ?? 100);
const ROUNDS = Number(process.env.RACE_ROUNDS ?? 5);

const rowFiles = import.meta.glob<MatrixRows>(["../matrix/*.ts", "!../matrix/*.test.ts"], { eager: true, import: "rows" });
const saveRows = Object.values(rowFiles).flatMap((r) => r.saves ?? []);

const getDb = setupTestDatabase({ demo: true });
let base: Awaited<ReturnType<typeof matrixActors>>;
let actions: Map<string, ServerAction<unknown>>;
const total: RaceFigures & { items: number } = { items: 0, rounds: 0, saves: 0, wins: 0, conflicts: 0, otherFailures: [] };

beforeAll(async () => {
  base = await matrixActors(await getDb());
  actions = await findDefinedActions();
});

function add(f: RaceFigures) {
  total.items++;
  total.rounds += f.rounds;
  total.saves += f.saves;
  total.wins += f.wins;
  total.conflicts += f.conflicts;
}

// The save built the way the areas build theirs: lock, versioned update, history with before/after.
const saveMeasureNotes = measureNotesSave("race.measureNotes");

/** Race saves of one measure's internal notes through `action`. */
async function raceNotes(action: ServerAction<unknown>, actors: Actor[], m: Measure, rounds: number, concurrency: number) {
  const db = await getDb();
  return raceSaves({
    db,
    action,
    actors,
    entityType: "measure",
    entityId: m.id,
    input: (marker, version) => ({ id: m.id, version, internalNotes: marker }),
    read: async () => {
      const [row] = await db.select({ version: measures.version, text: measures.internalNotes }).from(measures).where(eq(measures.id, m.id));
      return { version: row?.version ?? -1, text: row?.text ?? "" };
    },
    rounds,
    concurrency,
  });
}

describe("concurrent conflicting saves", () => {
  it(`the foundation's versioned update: ${CONCURRENCY} saves at once, ${ROUNDS} rounds — one winner per version`, async () => {
    const db = await getDb();
    const [m] = await db.select().from(measures).where(eq(measures.responsibleUnitId, base.ownerUnitId)).limit(1);
    if (!m) throw new Error("no measure");
    const figures = await raceNotes(saveMeasureNotes, [base.actors.coordinator, base.actors.admin, base.actors.editorOwn], m, ROUNDS, CONCURRENCY);
    add(figures);
    console.info(`[concurrency] updateVersioned: ${figures.saves} saves, ${figures.wins} won, ${figures.conflicts} conflicts`);
    expect(figures.problems).toEqual([]);
    expect(figures.otherFailures).toEqual([]);
    expect(figures.wins).toBe(ROUNDS);
    expect(figures.conflicts).toBe(ROUNDS * (CONCURRENCY - 1));
  });

  it("the race notices a save that overwrites without checking the version", async () => {
    const db = await getDb();
    const naive = defineAction({
      name: "race.naive",
      input: z.object({ id: z.string().uuid(), version: z.coerce.number().int(), internalNotes: z.string() }),
      requires: ["strategy.manage"],
      run: async ({ tx, input, audit }) => {
        await tx.update(measures).set({ internalNotes: input.internalNotes, version: input.version + 1 }).where(eq(measures.id, input.id));
        await audit({ entityType: "measure", entityId: input.id, action: "update", version: input.version + 1, after: { internalNotes: input.internalNotes } });
      },
    });
    const [m] = await db.select().from(measures).where(eq(measures.responsibleUnitId, base.otherUnitId)).limit(1);
    if (!m) throw new Error("no measure");
    const figures = await raceNotes(naive, [base.actors.coordinator], m, 1, 10);
    expect(figures.problems.join("\n")).toMatch(/10 saves won/);
  });

  it.each(saveRows.map((r) => [r.action, r] as const))("%s: concurrent saves of one item — one winner per version", async (name, row) => {
    const action = actions.get(name);
    expect(action, `no action named ${name}`).toBeDefined();
    if (!action) return;
    const db = await getDb();
    const ctx: FixtureContext = { db, ...base, caller: base.actors.coordinator, role: "coordinator", unique: `race-${Date.now().toString(36)}` };
    const item = await row.fixture(ctx);
    const figures = await raceSaves({ db, action, actors: [base.actors.coordinator, base.actors.admin], ...item, rounds: ROUNDS, concurrency: CONCURRENCY });
    add(figures);
    console.info(`[concurrency] ${name}: ${figures.saves} saves, ${figures.wins} won, ${figures.conflicts} conflicts`);
    expect(figures.problems).toEqual([]);
    expect(figures.otherFailures).toEqual([]);
    expect(figures.wins).toBe(ROUNDS);
    expect(figures.conflicts).toBe(ROUNDS * (CONCURRENCY - 1));
  });

  it("prints the figures", () => {
    console.info(`[concurrency] total: ${total.items} items, ${total.saves} concurrent saves, ${total.wins} won, ${total.conflicts} conflicts answered`);
    expect(total.items).toBeGreaterThan(0);
  });
});
