import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test } from "@playwright/test";
import { actionId } from "./actions";
import { e2eSql } from "./db";
import { storageState } from "./helpers";

/**
 * Cross-site request forgery: a page on another site cannot make a signed-in
 * browser change anything. Server actions and every mutating route handler
 * refuse a post whose Origin is not this site (proxy.ts), with a clean 403.
 */

const evil = "https://evil.example";

function routeFiles(dir = "app"): string[] {
  return readdirSync(dir).flatMap((name) => {
    const full = path.join(dir, name);
    if (statSync(full).isDirectory()) return routeFiles(full);
    return name === "route.ts" ? [full] : [];
  });
}

test.describe("cross-origin posts are refused", () => {
  test.use({ storageState: storageState("coordinator") });

  test("a server action posted from another origin is refused and changes nothing", async ({ request }) => {
    const sql = e2eSql();
    try {
      const [m] = await sql<{ id: string; version: number; internal_notes: string | null }[]>`select id, version, internal_notes from measures where archived_at is null order by created_at limit 1`;
      if (!m) throw new Error("no measure");
      const id = actionId("app/[locale]/staff/strategy/measures/actions.ts", "updateMeasure");
      for (const origin of [evil, "null", "http://localhost.evil.example"]) {
        const response = await request.post("/fi/staff/strategy/measures/new", {
          headers: { "Next-Action": id, Origin: origin, "Content-Type": "text/plain;charset=UTF-8" },
          data: JSON.stringify([null, { id: m.id, version: String(m.version), internalNotes: "forged" }]),
          maxRedirects: 0,
        });
        expect(response.status(), origin).toBe(403);
      }
      const [after] = await sql<{ version: number; internal_notes: string | null }[]>`select version, internal_notes from measures where id = ${m.id}`;
      expect(after).toEqual({ version: m.version, internal_notes: m.internal_notes });
    } finally {
      await sql.end();
    }
  });

  test("a sign-out posted from another origin is refused", async ({ request }) => {
    const response = await request.post("/fi", {
      headers: { "Next-Action": actionId("app/[locale]/signin/actions.ts", "signOutAction"), Origin: evil, "Content-Type": "text/plain;charset=UTF-8" },
      data: "[]",
      maxRedirects: 0,
    });
    expect(response.status()).toBe(403);
    expect(response.headers()["set-cookie"] ?? "").not.toContain("session-token=;");
  });

  test("every mutating route handler refuses another origin", async ({ request }) => {
    // Found from the source, so a route an area adds later is covered too.
    const mutating: string[] = [];
    for (const file of routeFiles()) {
      const methods = [...readFileSync(file, "utf8").matchAll(/export\s+(?:async\s+function|const)\s+(POST|PUT|PATCH|DELETE)\b|export\s+const\s+\{([^}]*)\}/g)].flatMap((m) =>
        m[1] ? [m[1]] : (m[2] ?? "").split(",").map((s) => s.trim()).filter((s) => ["POST", "PUT", "PATCH", "DELETE"].includes(s)),
      );
      const route = "/" + file.split("/").slice(1, -1).filter((p) => !/^\(.*\)$/.test(p)).join("/").replace(/\[\.\.\.[^\]]+\]|\[[^\]]+\]/g, "x");
      for (const method of methods) mutating.push(`${method} ${route}`);
    }
    expect(mutating.length).toBeGreaterThan(0); // at least Auth.js's POST
    const refused: string[] = [];
    for (const entry of mutating) {
      const [method, route] = entry.split(" ") as [string, string];
      if (route.startsWith("/api/auth")) continue; // Auth.js checks its own CSRF token (security.spec.ts)
      const response = await request.fetch(route, { method, headers: { Origin: evil, "Content-Type": "application/json" }, data: "{}", maxRedirects: 0 });
      if (response.status() !== 403) refused.push(`${entry} answered ${response.status()}`);
    }
    console.info(`[csrf] ${mutating.length} mutating route handlers found`);
    expect(refused).toEqual([]);
  });

  test("a cross-origin post to any API path is refused before it reaches a handler", async ({ request }) => {
    const response = await request.post("/api/health", { headers: { Origin: evil }, data: "{}" });
    expect(response.status()).toBe(403);
    const sameSite = await request.get("/api/health", { headers: { Origin: evil } });
    expect(sameSite.status(), "reads are not affected").toBe(200);
  });
});
