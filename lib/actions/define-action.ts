import "server-only";
import type { z } from "zod";
import { getDb, type Tx } from "@/db/client";
import { recordAudit, type AuditInput } from "@/db/queries/audit";
import { getCurrentUser } from "@/lib/auth/current-user";
import { isDatabaseUnavailable, pgErrorCode } from "@/lib/db-errors";
import { suspectDatabaseDown } from "@/lib/db-health";
import { canAny, type Actor, type Capability } from "@/lib/permissions";
import { startTrace, type Trace } from "@/lib/perf/trace";
import { publicContentMayHaveChanged } from "@/lib/public-cache/generation";
import { formDataToObject, withoutNulCharacters } from "./form-data";
import { ActionError, type ActionResult } from "./result";
import { fieldErrorsFromZod } from "./zod-errors";

export type AuditFn = (entry: Omit<AuditInput, "actor">) => Promise<void>;

export type ActionContext<I, Item> = { tx: Tx; actor: Actor; input: I; item: Item; audit: AuditFn };

export type ActionDefinition<S extends z.ZodType, Item, T> = {
  /** Unique name, used by the permission matrix test. */
  name: string;
  input: S;
  /** The caller needs at least one of these capabilities (role-level check). */
  requires: readonly Capability[];
  /** Load the item the action works on; null/undefined answers "not found". */
  load?: (tx: Tx, input: z.output<S>) => Promise<Item | null | undefined>;
  /** Item-level check (e.g. "editor of the owning unit"). */
  authorize?: (actor: Actor, item: Item, input: z.output<S>) => boolean | Promise<boolean>;
  run: (ctx: ActionContext<z.output<S>, Item>) => Promise<T>;
  /** Set for actions that do not change the database (e.g. exports) so no audit is expected. */
  readOnly?: boolean;
  /**
   * Open to signed-out visitors too (e.g. the public feedback form): no 401,
   * no role check (`requires` is then empty); the history records no actor.
   */
  allowAnonymous?: boolean;
};

/** The actor of an anonymous action (signed out): never holds a capability. */
export const anonymousActor: Actor = { id: "00000000-0000-0000-0000-000000000000", name: "", email: "", role: "public", unitId: null, locale: "fi" };

export type ServerAction<T> = ((prev: unknown, input: FormData | Record<string, unknown>) => Promise<ActionResult<T>>) & {
  actionName: string;
  requires: readonly Capability[];
  /** Whether a signed-out caller may run it (the public feedback form). */
  allowAnonymous: boolean;
  /** Run as a given person, without a request (tests and jobs). */
  execute: (actor: Actor | null, input: FormData | Record<string, unknown>) => Promise<ActionResult<T>>;
};

/**
 * The one wrapper for every mutation, in a fixed order: validate → 401 → 403
 * (role) → 404 → 403 (item) → run with audit, in one transaction. Returns a
 * typed result the form shows next to its fields; database details never
 * reach the caller.
 *
 * Nothing is revalidated in Next's caches: no page is kept there (every page
 * is rendered per request; the public pages are kept by the public page
 * cache, keyed by the change counter the history moves at commit, see
 * lib/public-cache/generation.ts). Calling revalidatePath here made Next
 * render the page the action was posted from again inside every save's
 * answer (~96 of 154 ms, issue 17); the form kit re-reads the page after a
 * success instead (components/ui/form/useActionForm.ts).
 */
export function defineAction<S extends z.ZodType, Item = undefined, T = undefined>(
  def: ActionDefinition<S, Item, T>,
): ServerAction<T> {
  const run = async (actor: Actor | null, raw: FormData | Record<string, unknown>, trace: Trace): Promise<ActionResult<T>> => {
    const parsed = def.input.safeParse(withoutNulCharacters(formDataToObject(raw)));
    trace.mark("validate");
    if (!parsed.success) {
      return { ok: false, code: "invalid", message: { key: "errors.invalid" }, fields: fieldErrorsFromZod(parsed.error) };
    }
    if (!actor && !def.allowAnonymous) return fail(new ActionError("unauthenticated"));
    if (!def.allowAnonymous && !canAny((actor as Actor).role, def.requires)) return fail(new ActionError("forbidden"));
    const caller = actor ?? anonymousActor;
    const input = parsed.data as z.output<S>;
    try {
      const db = await getDb();
      const data = await db.transaction(async (tx) => {
        trace.mark("pool+begin");
        let item = undefined as Item;
        if (def.load) {
          const loaded = await def.load(tx, input);
          if (loaded === null || loaded === undefined) throw new ActionError("not_found");
          item = loaded;
          trace.mark("load+lock");
        }
        if (def.authorize && !(await def.authorize(caller, item, input))) throw new ActionError("forbidden");
        let audits = 0;
        const audit: AuditFn = async (entry) => {
          audits++;
          await recordAudit(tx, { ...entry, actor: actor ? { id: actor.id, name: actor.name } : null });
        };
        const result = await def.run({ tx, actor: caller, input, item, audit });
        trace.mark("run+audit");
        if (!def.readOnly && audits === 0) throw new Error(`action ${def.name} wrote no audit record`);
        return result;
      });
      trace.mark("commit");
      if (!def.readOnly) publicContentMayHaveChanged();
      return { ok: true, data };
    } catch (error) {
      return fail(error, def.name);
    }
  };

  const execute = (actor: Actor | null, raw: FormData | Record<string, unknown>) => run(actor, raw, startTrace(def.name));

  const action = (async (_prev: unknown, raw: FormData | Record<string, unknown>) => {
    const trace = startTrace(def.name);
    let actor: Actor | null;
    try {
      actor = await getCurrentUser();
    } catch (error) {
      // E.g. the database is down: a clean "unavailable" result, not a thrown error.
      trace.end("unavailable");
      return fail(error, def.name);
    }
    trace.mark("session");
    const result = await run(actor, raw, trace);
    trace.end(result.ok ? "ok" : result.code);
    return result;
  }) as ServerAction<T>;
  action.actionName = def.name;
  action.requires = def.requires;
  action.allowAnonymous = def.allowAnonymous ?? false;
  action.execute = execute;
  return action;
}

function fail(error: unknown, name?: string): ActionResult<never> {
  if (error instanceof ActionError) {
    return { ok: false, code: error.code, message: error.userMessage, fields: error.fields, conflict: error.conflict };
  }
  if (isDatabaseUnavailable(error)) {
    suspectDatabaseDown();
    return { ok: false, code: "unavailable", message: { key: "errors.unavailable" } };
  }
  const pgCode = pgErrorCode(error);
  if (pgCode === "23505") return { ok: false, code: "invalid", message: { key: "errors.duplicate" } };
  if (pgCode === "23503" || pgCode === "22P02") return { ok: false, code: "invalid", message: { key: "errors.unknownItem" } };
  if (pgCode === "40001" || pgCode === "40P01") return { ok: false, code: "conflict", message: { key: "errors.retry" } };
  // Data exceptions (a value the column cannot hold: out of range, bad date, bad encoding) are bad input, not a server fault.
  if (pgCode?.startsWith("22")) return { ok: false, code: "invalid", message: { key: "errors.invalidValue" } };
  console.error(`[action ${name ?? "?"}]`, error instanceof Error ? error.message : error);
  return { ok: false, code: "error", message: { key: "errors.error" } };
}
