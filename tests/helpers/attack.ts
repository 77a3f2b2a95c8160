import fc from "fast-check";
import { sql } from "drizzle-orm";
import type { Db } from "@/db/client";
import type { ServerAction } from "@/lib/actions/define-action";
import type { Actor } from "@/lib/permissions";
import { rawRows } from "./checksum";
import { anyPayload, asFormData, injectedInput, leakIn, mutatedInput } from "./hostile";
import { isTranslated } from "./translated";
import type { StaffMatrixRole } from "./matrix";

export type AttackTally = { payloads: number; accepted: number; refused: Record<string, number>; formData: number };
export type AttackReport = { tally: AttackTally; problems: string[] };

/** Ids of real rows of every table (other people's items, users, units), to smuggle into payloads. */
export async function foreignIds(db: Db): Promise<string[]> {
  const tables = await rawRows<{ name: string }>(
    db,
    sql`select c.table_name as name from information_schema.columns c join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema
        where c.table_schema = 'public' and c.column_name = 'id' and c.data_type = 'uuid' and t.table_type = 'BASE TABLE' order by 1`,
  );
  const ids: string[] = [];
  for (const { name } of tables) {
    const rows = await rawRows<{ id: string }>(db, sql.raw(`select id::text as id from "${name}" order by random() limit 3`));
    ids.push(...rows.map((r) => r.id));
  }
  return ids;
}

const describe = (v: unknown) => {
  try {
    const s = v instanceof FormData ? `FormData ${JSON.stringify([...v.entries()])}` : JSON.stringify(v, (_k, x) => (typeof x === "bigint" ? `${x}n` : x));
    return (s ?? String(v)).slice(0, 300);
  } catch {
    return String(v).slice(0, 300);
  }
};

/**
 * Send `runs` generated hostile payloads to one action, as a mix of callers
 * (mostly admin, so payloads reach the deepest code). A payload must never
 * throw, answer `error` (a 500), leak a stack or SQL, let a signed-out caller
 * write, or change a row when refused — checked around every refused call
 * with the write counter (tests/helpers/write-counter.ts).
 */
export async function attack(options: {
  action: ServerAction<unknown>;
  /** A valid input for a fresh item (the matrix row's fixture); called again after each accepted payload. */
  freshInput: () => Promise<Record<string, unknown>>;
  actors: Record<StaffMatrixRole, Actor>;
  ids: string[];
  runs: number;
  seed: number;
  /** Rows written so far (installWriteCounter). */
  writes: () => Promise<number>;
}): Promise<AttackReport> {
  const { action, actors, ids, runs, seed } = options;
  let valid = await options.freshInput();
  const callers: (Actor | null)[] = [actors.admin, actors.admin, actors.admin, actors.coordinator, actors.editorOwn, actors.editorOther, actors.executive, null];
  const arbFor = (v: Record<string, unknown>) =>
    fc.record({
      caller: fc.constantFrom(...callers.keys()),
      payload: fc.oneof({ weight: 3, arbitrary: mutatedInput(v, ids) }, { weight: 2, arbitrary: injectedInput(v, ids) }, { weight: 1, arbitrary: anyPayload(ids) }),
      asForm: fc.integer({ min: 0, max: 3 }),
    });
  let arb = arbFor(valid);
  const tally: AttackTally = { payloads: 0, accepted: 0, refused: {}, formData: 0 };
  const problems: string[] = [];
  const writes = options.writes;
  let before = await writes();
  const timing: Record<string, number> = {};
  const timed = async <T>(key: string, f: () => Promise<T>) => {
    const t = performance.now();
    try {
      return await f();
    } finally {
      timing[key] = (timing[key] ?? 0) + performance.now() - t;
    }
  };

  for (let i = 0; i < runs; i++) {
    // One sample per step from a seeded stream, so a fresh valid input can be mutated after each accepted call.
    const [sample] = fc.sample(arb, { numRuns: 1, seed: seed + i });
    if (!sample) continue;
    const { caller, payload, asForm } = sample;
    const actor = callers[caller] ?? null;
    const plain = payload !== null && typeof payload === "object" && !Array.isArray(payload) && !(payload instanceof Date);
    const sent = plain && asForm === 0 ? asFormData(payload as Record<string, unknown>) : payload;
    if (sent instanceof FormData) tally.formData++;
    tally.payloads++;
    // Labels only for problems: stringifying a megabyte payload every time would dominate the run.
    const labelOf = () => `${actor?.role ?? "public"} ${describe(sent)}`;
    let result;
    const t0 = performance.now();
    try {
      result = await action.execute(actor, sent as Record<string, unknown>);
      const key = result.ok ? "ok" : result.code;
      timing[key] = (timing[key] ?? 0) + performance.now() - t0;
    } catch (error) {
      problems.push(`threw ${error instanceof Error ? error.message : String(error)} for ${labelOf()}`);
      before = await writes();
      continue;
    }
    if (!result || typeof result !== "object" || typeof result.ok !== "boolean") {
      problems.push(`answered no result for ${labelOf()}`);
      before = await writes();
      continue;
    }
    if (result.ok) {
      tally.accepted++;
      if (!actor && !action.allowAnonymous) problems.push(`a signed-out caller was allowed: ${labelOf()}`);
      valid = await timed("fixture", options.freshInput);
      arb = arbFor(valid);
      before = await writes(); // an accepted call and the next fixture may write
      continue;
    }
    tally.refused[result.code] = (tally.refused[result.code] ?? 0) + 1;
    if (result.code === "error") problems.push(`answered a server error for ${labelOf()}`);
    if (!(await isTranslated(result.message?.key))) problems.push(`answered an untranslated message ${describe(result.message)} for ${labelOf()}`);
    const leak = leakIn(result, sent);
    if (leak) problems.push(`leaked "${leak}" for ${labelOf()}`);
    // Every refused call is checked on its own: not one row may have changed.
    const after = await timed("writes", writes);
    if (after !== before) problems.push(`was refused (${result.code}) but changed ${after - before} row(s) for ${labelOf()}`);
    before = after;
  }
  if (process.env.HOSTILE_PROFILE) console.info(`[hostile] ms by step: ${JSON.stringify(Object.fromEntries(Object.entries(timing).map(([k, v]) => [k, Math.round(v)])))}`);
  return { tally, problems: problems.slice(0, 20) };
}
