import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import type { ServerAction } from "@/lib/actions/define-action";
import { measures } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { changedTables, databaseChecksum } from "../helpers/checksum";
import { setupTestDatabase } from "../helpers/db";
import { measureNotesSave } from "../helpers/probe";
import { findActions, findDefinedActions, findRoutes } from "../helpers/enumerate";
import { eq } from "drizzle-orm";
import { units } from "@/db/schema";
import { ownersAndManagers, type ActionRow } from "../helpers/matrix";
import { actionRowLabel, matrixActors, matrixGaps, matrixRoles, type FixtureContext, type MatrixRole, type MatrixRows } from "../helpers/matrix";

/**
 * The permission matrix: every server action and route handler, as each
 * role, allowed or refused as its row says, and a refused call writes
 * nothing. Rows live per area in tests/matrix/<area>.ts (README.md there).
 */

const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor, getSessionUserId: async () => current.actor?.id ?? null }));

const rowFiles = import.meta.glob<MatrixRows>(["./*.ts", "!./*.test.ts"], { eager: true, import: "rows" });
const actionRows = Object.values(rowFiles).flatMap((r) => r.actions ?? []);
const routeRows = Object.values(rowFiles).flatMap((r) => r.routes ?? []);
const exemptRows = Object.values(rowFiles).flatMap((r) => r.exempt ?? []);

const getDb = setupTestDatabase({ demo: true });
let base: Awaited<ReturnType<typeof matrixActors>>;
let actions: Map<string, ServerAction<unknown>>;
let counter = 0;
const tally = { calls: 0, allowed: 0, refused: 0 };

beforeAll(async () => {
  base = await matrixActors(await getDb());
  actions = await findDefinedActions();
});
afterEach(() => {
  current.actor = null;
});

async function contextFor(role: MatrixRole): Promise<FixtureContext> {
  const caller = role === "public" ? null : base.actors[role];
  return { db: await getDb(), ...base, caller, role, unique: `m${++counter}-${Date.now().toString(36)}` };
}

const defaultRefusal = (role: MatrixRole) => (role === "public" ? "unauthenticated" : "forbidden");

describe("the permission matrix is complete", () => {
  it("every server action and route handler has exactly one row", async () => {
    const found = (await findActions()).map((f) => ({ key: f.key, actionName: f.action?.actionName }));
    const gaps = matrixGaps(found, await findRoutes(), { actions: actionRows, routes: routeRows, exempt: exemptRows });
    expect(gaps.missing, "add a row for each in tests/matrix/<area>.ts (see tests/matrix/README.md)").toEqual([]);
    expect(gaps.stale, "rows for actions or routes that no longer exist").toEqual([]);
    expect(gaps.duplicates, "rows listed twice").toEqual([]);
  });

  it("the completeness check notices a new action, a new route and a stale row", () => {
    const gaps = matrixGaps(
      [{ key: "app/x/actions.ts#save", actionName: "x.save" }, { key: "app/x/actions.ts#helper" }, { key: "app/y/actions.ts#ok", actionName: "y.ok" }],
      [{ key: "POST /api/x" }],
      { actions: [{ action: "y.ok" }, { action: "gone.save" }], routes: [], exempt: [] },
    );
    expect(gaps.missing).toEqual(["x.save", "app/x/actions.ts#helper", "POST /api/x"]);
    expect(gaps.stale).toEqual(["gone.save"]);
  });

  it("the database checksum notices a write", async () => {
    const db = await getDb();
    const before = await databaseChecksum(db);
    await db.update(units).set({ updatedAt: new Date() }).where(eq(units.code, "KANS"));
    expect(changedTables(before, await databaseChecksum(db))).toEqual(["units"]);
  });

  it("an exempt entry names a test that exists and covers it", () => {
    for (const row of exemptRows) {
      expect(row.reason.length, row.key).toBeGreaterThan(10);
      expect(row.coveredBy.length, row.key).toBeGreaterThan(0);
      for (const c of row.coveredBy) {
        const file = path.resolve(c.file);
        expect(existsSync(file), `${row.key}: ${c.file} missing`).toBe(true);
        expect(readFileSync(file, "utf8"), `${row.key}: ${c.file} does not mention "${c.marker}"`).toContain(c.marker);
      }
    }
  });
});

/** One role's call of one action row: allowed or refused as the row says, and a refusal wrote nothing. */
async function checkActionRow(action: ServerAction<unknown>, row: ActionRow, role: MatrixRole) {
  const name = row.action;
  const ctx = await contextFor(role);
  const input = await row.fixture(ctx);
  const before = await databaseChecksum(ctx.db);
  current.actor = ctx.caller;
  const result = await action(undefined, input);
  current.actor = null;
  tally.calls++;
  if (row.expect[role] === "allowed") {
    tally.allowed++;
    expect(result, `${name} as ${role} should be allowed`).toMatchObject({ ok: true });
    if (result.ok && row.verifyAllowed) await row.verifyAllowed(ctx, input, result.data);
  } else {
    tally.refused++;
    expect(result, `${name} as ${role} should be refused`).toMatchObject({ ok: false, code: row.refusedAs?.[role] ?? defaultRefusal(role) });
    expect(changedTables(before, await databaseChecksum(ctx.db)), `${name} as ${role} was refused but wrote`).toEqual([]);
  }
}

describe.each(actionRows.map((row) => [actionRowLabel(row), row] as const))("action %s", (_label, row) => {
  it.each(matrixRoles.map((role) => [role, row.expect[role]] as const))("as %s: %s", async (role) => {
    const action = actions.get(row.action);
    expect(action, `no action named ${row.action}`).toBeDefined();
    if (action) await checkActionRow(action, row, role);
  });
});

describe("the harness itself", () => {
  // A stand-in action shaped like the areas' saves: owned by a unit, editors of that unit may save.
  const probe = measureNotesSave("matrix.probe");
  const probeRow: ActionRow = {
    action: "matrix.probe",
    fixture: async (ctx) => {
      const [m] = await ctx.db.select({ id: measures.id, version: measures.version }).from(measures).where(eq(measures.responsibleUnitId, ctx.ownerUnitId)).limit(1);
      return { id: m?.id, version: m?.version, internalNotes: `probe ${ctx.unique}` };
    },
    expect: ownersAndManagers,
  };

  it.each([...matrixRoles])("passes a correctly guarded action as %s", async (role) => {
    await checkActionRow(probe, probeRow, role);
  });

  it("fails a row whose expectations the action does not meet", async () => {
    await expect(checkActionRow(probe, { ...probeRow, expect: { ...ownersAndManagers, editorOther: "allowed" } }, "editorOther")).rejects.toThrow(/should be allowed/);
    await expect(checkActionRow(probe, { ...probeRow, expect: { ...ownersAndManagers, editorOwn: "refused" } }, "editorOwn")).rejects.toThrow(/should be refused/);
  });
});

describe.each(routeRows.map((row) => [row.route, row] as const))("route %s", (key, row) => {
  it.each(matrixRoles.map((role) => [role, row.expect[role]] as const))("as %s: %s", async (role) => {
    const route = (await findRoutes()).find((r) => r.key === key);
    expect(typeof route?.handler, `${key} is not a function here`).toBe("function");
    const ctx = await contextFor(role);
    const { request, params } = await row.request(ctx);
    const before = await databaseChecksum(ctx.db);
    current.actor = ctx.caller;
    const handler = route?.handler as (req: Request, c: { params: Promise<Record<string, string | string[]>> }) => Promise<Response>;
    const response = await handler(request, { params: Promise.resolve(params ?? {}) });
    current.actor = null;
    tally.calls++;
    expect(response.status, `${key} as ${role} answered a server error`).toBeLessThan(500);
    if (row.expect[role] === "allowed") {
      tally.allowed++;
      expect(response.status, `${key} as ${role} should be allowed`).toBeLessThan(400);
    } else {
      tally.refused++;
      expect(response.status, `${key} as ${role} should be refused`).toBe(row.refusedStatus?.[role] ?? (role === "public" ? 401 : 403));
      expect(changedTables(before, await databaseChecksum(ctx.db)), `${key} as ${role} was refused but wrote`).toEqual([]);
    }
  });
});

describe("matrix figures", () => {
  it("prints what was tried", () => {
    console.info(
      `[matrix] ${actionRows.length} actions, ${routeRows.length} routes, ${exemptRows.length} exempt; ${tally.calls} calls: ${tally.allowed} allowed, ${tally.refused} refused as expected`,
    );
    expect(actionRows.length + routeRows.length + exemptRows.length).toBeGreaterThan(0);
  });
});
