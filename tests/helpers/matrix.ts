import { asc, eq, type InferSelectModel } from "drizzle-orm";
import type { AnyPgColumn, PgTable } from "drizzle-orm/pg-core";
import type { Db } from "@/db/client";
import { units } from "@/db/schema";
import type { ErrorCode } from "@/lib/actions/result";
import type { Actor } from "@/lib/permissions";
import { createActor } from "./actors";

/**
 * The permission matrix: one row per server action and per route handler,
 * kept per area in `tests/matrix/<area>.ts`. See tests/matrix/README.md.
 */

/** The callers every row is tried as. */
export const matrixRoles = ["public", "executive", "editorOwn", "editorOther", "coordinator", "admin"] as const;
export type MatrixRole = (typeof matrixRoles)[number];
export type StaffMatrixRole = Exclude<MatrixRole, "public">;

export type Outcome = "allowed" | "refused";
export type Expectations = Record<MatrixRole, Outcome>;

export type FixtureContext = {
  db: Db;
  /** The unit that owns the item the fixture creates; `editorOwn` belongs to it. */
  ownerUnitId: string;
  /** Another unit; `editorOther` belongs to it. */
  otherUnitId: string;
  actors: Record<StaffMatrixRole, Actor>;
  /** Who the call is about to be made as (null = signed out). */
  caller: Actor | null;
  role: MatrixRole;
  /** Unique per fixture: use it in names so rows never collide. */
  unique: string;
};

export type ActionRow = {
  /** The defineAction name (`action.actionName`). */
  action: string;
  /**
   * A further row of an action that already has its main row: what this one
   * tries (e.g. a refusal that needs its own input). Rows without `case` are
   * the action's main row (the one the hostile-input suite uses).
   */
  case?: string;
  /**
   * Create the item the action works on, owned by `ctx.ownerUnitId`, and
   * return a VALID input for it. Called afresh before each role's call.
   */
  fixture: (ctx: FixtureContext) => Promise<Record<string, unknown>>;
  expect: Expectations;
  /** The refusal code per role when it is not the default (public → unauthenticated, staff → forbidden). */
  refusedAs?: Partial<Record<MatrixRole, ErrorCode>>;
  /** Optional extra check after an allowed call (e.g. the row really changed). */
  verifyAllowed?: (ctx: FixtureContext, input: Record<string, unknown>, data: unknown) => Promise<void>;
};

export type RouteRow = {
  /** `METHOD /path` as enumerated, e.g. `GET /api/health`. */
  route: string;
  /** Build the request (and route params) for this role; the current user is set by the harness. */
  request: (ctx: FixtureContext) => Promise<{ request: Request; params?: Record<string, string | string[]> }>;
  expect: Expectations;
  /** Statuses that count as refused; default 401 for public, 403 for staff. */
  refusedStatus?: Partial<Record<MatrixRole, number>>;
};

/**
 * An export that is not a defineAction mutation, or a route the harness
 * cannot run in-process (e.g. Auth.js's own handlers): it is listed with the
 * reason and the test that covers it, which must exist and mention `marker`.
 */
export type ExemptRow = {
  /** `app/…/actions.ts#exportName`, or `METHOD /path` for a route. */
  key: string;
  reason: string;
  coveredBy: { file: string; marker: string }[];
};

/**
 * A save action raced by the concurrency test (tests/hardening/concurrency.test.ts):
 * 100 saves of one item from the same version at once.
 */
export type ConcurrentSaveRow = {
  /** The defineAction name of the save. */
  action: string;
  /** Create an item owned by ctx.ownerUnitId and say how to save and read it. */
  fixture: (ctx: FixtureContext) => Promise<{
    entityType: string;
    entityId: string;
    /** A valid save of the item from `version` that stores the text `marker` in some field. */
    input: (marker: string, version: number) => Record<string, unknown> | FormData;
    /** The item's current version and the text of the field the marker goes into. */
    read: () => Promise<{ version: number; text: string }>;
  }>;
};

/**
 * A save row of one versioned table: `make` creates the item, `input` saves
 * it from `version` with `marker` in the field `text` reads back (the
 * version is -1 and the text "" when the row is gone).
 */
export function versionedSave<T extends PgTable & { id: AnyPgColumn; version: AnyPgColumn }, I extends { id: string }>(row: {
  action: string;
  entityType: string;
  table: T;
  make: (ctx: FixtureContext) => Promise<I>;
  input: (ctx: FixtureContext, item: I, marker: string, version: number) => Record<string, unknown>;
  text: (row: InferSelectModel<T>) => string | null;
}): ConcurrentSaveRow {
  return {
    action: row.action,
    fixture: async (ctx) => {
      const item = await row.make(ctx);
      return {
        entityType: row.entityType,
        entityId: item.id,
        input: (marker, version) => row.input(ctx, item, marker, version),
        read: async () => {
          const [saved] = (await ctx.db.select().from(row.table as PgTable).where(eq(row.table.id, item.id))) as (InferSelectModel<T> & { version: number })[];
          return saved ? { version: saved.version, text: row.text(saved) ?? "" } : { version: -1, text: "" };
        },
      };
    },
  };
}

export type MatrixRows = { actions?: ActionRow[]; routes?: RouteRow[]; exempt?: ExemptRow[]; saves?: ConcurrentSaveRow[] };

/** A unit that is neither the owner's nor the other editor's: where a hand-over would send the item. */
/**
 * The fixture of an action on one versioned item (archive, publish, close, an
 * edit): `make` creates the item, and the input names it by `id` and
 * `version`, after the fields `input` gives, if any:
 * `fixture: itemVersion((ctx) => newGoal(ctx), (ctx) => ({ ...goalForm(ctx), titleFi: "Muutettu" }))`.
 */
export function itemVersion(make: (ctx: FixtureContext) => Promise<{ id: string; version: number }>, input?: (ctx: FixtureContext) => Record<string, unknown>) {
  return async (ctx: FixtureContext): Promise<Record<string, unknown>> => {
    const item = await make(ctx);
    return { ...input?.(ctx), id: item.id, version: item.version };
  };
}

export async function thirdUnitId(ctx: FixtureContext): Promise<string> {
  const rows = await ctx.db.select({ id: units.id }).from(units).orderBy(asc(units.code));
  const third = rows.find((u) => u.id !== ctx.ownerUnitId && u.id !== ctx.otherUnitId);
  if (!third) throw new Error("the matrix needs three units");
  return third.id;
}

// Presets for the common shapes; spell out a full record where none fits.
export const everyone: Expectations = { public: "allowed", executive: "allowed", editorOwn: "allowed", editorOther: "allowed", coordinator: "allowed", admin: "allowed" };
export const staffOnly: Expectations = { ...everyone, public: "refused" };
/** Editors of the owning unit (or contacts), coordinators and admins. */
export const ownersAndManagers: Expectations = { public: "refused", executive: "refused", editorOwn: "allowed", editorOther: "refused", coordinator: "allowed", admin: "allowed" };
/** Coordinators and admins (e.g. publish, return, manage the structure). */
export const managers: Expectations = { public: "refused", executive: "refused", editorOwn: "refused", editorOther: "refused", coordinator: "allowed", admin: "allowed" };
export const adminOnly: Expectations = { ...managers, coordinator: "refused" };

/** Units and one actor per staff role for a test file. */
export async function matrixActors(db: Db): Promise<{ ownerUnitId: string; otherUnitId: string; actors: Record<StaffMatrixRole, Actor> }> {
  const unitId = async (code: string) => {
    const [u] = await db.select({ id: units.id }).from(units).where(eq(units.code, code));
    if (!u) throw new Error(`demo unit ${code} missing`);
    return u.id;
  };
  const ownerUnitId = await unitId("KANS");
  const otherUnitId = await unitId("ELKE");
  return {
    ownerUnitId,
    otherUnitId,
    actors: {
      executive: await createActor(db, "executive", "STRA"),
      editorOwn: await createActor(db, "editor", "KANS"),
      editorOther: await createActor(db, "editor", "ELKE"),
      coordinator: await createActor(db, "coordinator", "STRA"),
      admin: await createActor(db, "admin"),
    },
  };
}

/**
 * What the matrix lacks: enumerated actions/routes without a row, rows for
 * things that no longer exist, and rows listed twice.
 */
/** An action row's name in the test list: the action, and its case if it has one. */
export const actionRowLabel = (r: { action: string; case?: string }) => (r.case ? `${r.action} (${r.case})` : r.action);

export function matrixGaps(
  found: { key: string; actionName?: string }[],
  routes: { key: string }[],
  rows: { actions: { action: string; case?: string }[]; routes: { route: string }[]; exempt: { key: string }[] },
): { missing: string[]; stale: string[]; duplicates: string[] } {
  const exempt = new Set(rows.exempt.map((r) => r.key));
  const actionRowNames = new Set(rows.actions.map((r) => r.action));
  const routeRowKeys = new Set(rows.routes.map((r) => r.route));
  const missing = [
    ...found.filter((f) => !exempt.has(f.key) && !(f.actionName && actionRowNames.has(f.actionName))).map((f) => f.actionName ?? f.key),
    ...routes.filter((r) => !exempt.has(r.key) && !routeRowKeys.has(r.key)).map((r) => r.key),
  ];
  const known = new Set([...found.flatMap((f) => (f.actionName ? [f.key, f.actionName] : [f.key])), ...routes.map((r) => r.key)]);
  const all = [...rows.actions.map((r) => r.action), ...rows.routes.map((r) => r.route), ...rows.exempt.map((r) => r.key)];
  const labelled = [...rows.actions.map(actionRowLabel), ...rows.routes.map((r) => r.route), ...rows.exempt.map((r) => r.key)];
  return {
    missing,
    stale: all.filter((k) => !known.has(k)),
    duplicates: labelled.filter((k, i) => labelled.indexOf(k) !== i),
  };
}
