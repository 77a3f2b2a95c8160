import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { measures } from "@/db/schema";
import { defineAction, type ServerAction } from "@/lib/actions/define-action";
import { attack, foreignIds } from "../helpers/attack";
import { setupTestDatabase } from "../helpers/db";
import { HOSTILE_SEED } from "../helpers/hostile-suite";
import { matrixActors } from "../helpers/matrix";
import { measureNotesSave } from "../helpers/probe";
import { installWriteCounter } from "../helpers/write-counter";

/** The hostile-input harness itself: it passes a well-built action and catches a leaky one. The attack on the app's actions is in hostile-1..3.test.ts. */

const SEED = HOSTILE_SEED;
const getDb = setupTestDatabase({ demo: true });
let base: Awaited<ReturnType<typeof matrixActors>>;
let ids: string[];
let writes: () => Promise<number>;

beforeAll(async () => {
  const db = await getDb();
  base = await matrixActors(db);
  ids = await foreignIds(db);
  writes = await installWriteCounter(db);
});

// The stand-in shaped like an area's save, so the machinery is proven on a well-built action.
const probe = measureNotesSave("hostile.probe");

describe("the hostile-input harness", () => {
  it("the attack harness passes a well-built action and catches a leaky one", async () => {
    const db = await getDb();
    const freshInput = async () => {
      const [m] = await db.select().from(measures).where(eq(measures.responsibleUnitId, base.ownerUnitId)).limit(1);
      return { id: m?.id, version: m?.version, internalNotes: "Muistiinpano" };
    };
    const good = await attack({ writes, action: probe, freshInput, actors: base.actors, ids, runs: 1000, seed: SEED });
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
    const bad = await attack({ writes, action: leaky, freshInput: async () => ({ id: "x" }), actors: base.actors, ids, runs: 50, seed: SEED });
    expect(bad.problems.join("\n")).toMatch(/server error/);
  });

  it("catches a refused call that wrote outside its transaction, naming the payload", async () => {
    const db = await getDb();
    const [m] = await db.select().from(measures).limit(1);
    // Hand-built, as an action written without the wrapper might be: it writes, then answers a refusal.
    const execute = async (_actor: unknown, input: FormData | Record<string, unknown>) => {
      const id = input instanceof FormData ? null : input.id;
      if (typeof id === "string" && id === m!.id) await db.update(measures).set({ internalNotes: `sneaked ${Date.now()}` }).where(eq(measures.id, id));
      return { ok: false as const, code: "invalid" as const, message: { key: "errors.invalid" } };
    };
    const sneaky = Object.assign(async () => execute(null, {}), { actionName: "hostile.sneaky", requires: [], allowAnonymous: false, execute }) as unknown as ServerAction<unknown>;
    const report = await attack({ writes, action: sneaky, freshInput: async () => ({ id: m!.id }), actors: base.actors, ids, runs: 40, seed: SEED });
    expect(report.problems.join("\n")).toMatch(/was refused \(invalid\) but changed 1 row/);
  });

});
