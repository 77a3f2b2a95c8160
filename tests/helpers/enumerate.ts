import type { ServerAction } from "@/lib/actions/define-action";

/**
 * Every server action and route handler in the app, found by globbing the
 * source tree, so that a new one cannot slip past the permission matrix,
 * the hostile-input test or the concurrency test.
 */

const actionModules = import.meta.glob<Record<string, unknown>>("/app/**/actions.ts");
const routeModules = import.meta.glob<Record<string, unknown>>("/app/**/route.ts");

export type FoundAction = {
  /** `app/…/actions.ts#exportName` */
  key: string;
  file: string;
  exportName: string;
  /** Set for defineAction results. */
  action?: ServerAction<unknown>;
  /** The raw export (for the actions that are not defineAction, e.g. sign-in). */
  fn: unknown;
};

export type FoundRoute = {
  /** `GET /api/health` */
  key: string;
  file: string;
  method: string;
  path: string;
  handler: unknown;
};

const HTTP_METHODS = ["GET", "HEAD", "POST", "PUT", "PATCH", "DELETE", "OPTIONS"];

const rel = (file: string) => file.replace(/^\//, "");

export function isDefinedAction(value: unknown): value is ServerAction<unknown> {
  return (
    typeof value === "function" &&
    typeof (value as { actionName?: unknown }).actionName === "string" &&
    typeof (value as { execute?: unknown }).execute === "function" &&
    Array.isArray((value as { requires?: unknown }).requires)
  );
}

export async function findActions(): Promise<FoundAction[]> {
  const found: FoundAction[] = [];
  for (const [file, load] of Object.entries(actionModules).sort(([a], [b]) => a.localeCompare(b))) {
    const mod = await load();
    for (const [exportName, value] of Object.entries(mod)) {
      const action = isDefinedAction(value) ? value : undefined;
      found.push({ key: `${rel(file)}#${exportName}`, file: rel(file), exportName, action, fn: value });
    }
  }
  return found;
}

/** Only the defineAction results (the mutations), keyed by their unique name. */
export async function findDefinedActions(): Promise<Map<string, ServerAction<unknown>>> {
  const byName = new Map<string, ServerAction<unknown>>();
  for (const f of await findActions()) {
    if (!f.action) continue;
    if (byName.has(f.action.actionName) && byName.get(f.action.actionName) !== f.action) {
      throw new Error(`two actions are named ${f.action.actionName}`);
    }
    byName.set(f.action.actionName, f.action);
  }
  return byName;
}

/** `app/api/auth/[...nextauth]/route.ts` → `/api/auth/[...nextauth]` (route groups dropped). */
export function routePath(file: string): string {
  const parts = rel(file).split("/").slice(1, -1).filter((p) => !/^\(.*\)$/.test(p));
  return "/" + parts.join("/");
}

export async function findRoutes(): Promise<FoundRoute[]> {
  const found: FoundRoute[] = [];
  for (const [file, load] of Object.entries(routeModules).sort(([a], [b]) => a.localeCompare(b))) {
    const mod = await load();
    // Object.keys also lists a method whose value is undefined in tests (e.g.
    // Auth.js handlers are mocked), so the route is still enumerated.
    for (const method of Object.keys(mod).filter((k) => HTTP_METHODS.includes(k))) {
      found.push({ key: `${method} ${routePath(file)}`, file: rel(file), method, path: routePath(file), handler: mod[method] });
    }
  }
  return found;
}
