import { beforeAll, describe, expect, it } from "vitest";
import { GET as index } from "@/app/api/public/v1/route";
import { GET as openapi } from "@/app/api/public/v1/openapi.json/route";
import { GET as list } from "@/app/api/public/v1/[resource]/route";
import { GET as item } from "@/app/api/public/v1/[resource]/[id]/route";
import { documented, schemas } from "@/lib/open-data/openapi";
import { resourceNames, resources } from "@/lib/open-data/resources";
import { networkRecord } from "@/lib/open-data/serialize-areas";
import { setupTestDatabase } from "../helpers/db";
import { seedInternalMarkers } from "./markers";

const getDb = setupTestDatabase({ demo: true });
const base = "http://localhost/api/public/v1";
let seeded: Awaited<ReturnType<typeof seedInternalMarkers>>;

beforeAll(async () => {
  seeded = await seedInternalMarkers(await getDb(), "api");
});

const get = (resource: string, query = "", headers: Record<string, string> = {}) =>
  list(new Request(`${base}/${resource}${query}`, { headers }), { params: Promise.resolve({ resource }) });
const getItem = (resource: string, id: string) => item(new Request(`${base}/${resource}/${id}`), { params: Promise.resolve({ resource, id }) });

/** A small validator for the subset of JSON Schema the OpenAPI document uses. */
function violations(value: unknown, schema: Record<string, unknown>, path = "$"): string[] {
  if (schema.$ref) return violations(value, schemas[String(schema.$ref).split("/").pop()!]!, path);
  if (schema.oneOf) {
    const ok = (schema.oneOf as Record<string, unknown>[]).some((s) => violations(value, s, path).length === 0);
    return ok ? [] : [`${path}: matches no alternative`];
  }
  if ("const" in schema) return value === schema.const ? [] : [`${path}: not ${String(schema.const)}`];
  const types = schema.type ? ([] as string[]).concat(schema.type as string) : [];
  const typeOf = value === null ? "null" : Array.isArray(value) ? "array" : Number.isInteger(value) ? "integer" : typeof value;
  if (types.length && !types.includes(typeOf) && !(typeOf === "integer" && types.includes("number"))) return [`${path}: ${typeOf} is not ${types.join("|")}`];
  if (schema.enum && !(schema.enum as unknown[]).includes(value)) return [`${path}: ${String(value)} not allowed`];
  if (typeof schema.pattern === "string" && typeof value === "string" && !new RegExp(schema.pattern).test(value)) return [`${path}: ${value} does not match ${schema.pattern}`];
  const out: string[] = [];
  if (typeOf === "object" && schema.properties) {
    const obj = value as Record<string, unknown>;
    for (const k of (schema.required as string[]) ?? []) if (!(k in obj)) out.push(`${path}.${k}: missing`);
    for (const [k, v] of Object.entries(obj)) {
      const ps = (schema.properties as Record<string, Record<string, unknown>>)[k];
      if (ps) out.push(...violations(v, ps, `${path}.${k}`));
      else if (schema.additionalProperties === false) out.push(`${path}.${k}: not documented`);
    }
  }
  if (typeOf === "array" && schema.items) (value as unknown[]).forEach((v, i) => out.push(...violations(v, schema.items as Record<string, unknown>, `${path}[${i}]`)));
  return out;
}

describe("open data v1", () => {
  it("every list, every CSV and every item carries published content only", async () => {
    const seen: string[] = [];
    for (const name of resourceNames) {
      for (const body of [await (await get(name)).text(), await (await get(`${name}.csv`)).text()]) {
        expect(body, name).not.toContain(seeded.marker);
        for (const id of seeded.hiddenIds) expect(body, `${name} names a hidden item`).not.toContain(id);
        seen.push(body);
      }
      const rows = ((await (await get(name)).json()) as { data: { id: string }[] }).data;
      for (const row of rows.slice(0, 50)) {
        const one = await getItem(name, row.id);
        expect(one.status).toBe(200);
        expect(await one.text()).not.toContain(seeded.marker);
      }
    }
    for (const id of seeded.hiddenIds) expect((await getItem("measures", id)).status).toBe(404);
    // The published versions are there: the walk did look at real content.
    expect(seen.join("\n")).toContain("Julkinen api");
    expect(seen.join("\n")).toContain("Edistyminen api");
    expect(seen.join("\n")).toContain("1250000.5000");
  });

  it("every record matches the OpenAPI description", async () => {
    const doc = (await (await openapi(new Request(`${base}/openapi.json`))).json()) as { openapi: string; paths: Record<string, unknown>; info: { license: { name: string } } };
    expect(doc.openapi).toBe("3.1.0");
    expect(doc.info.license.name).toBe("CC BY 4.0");
    expect(Object.keys(documented).sort()).toEqual([...resourceNames].sort());
    for (const name of resourceNames) {
      expect(doc.paths[`/${name}`], name).toBeDefined();
      expect(doc.paths[`/${name}.csv`], name).toBeDefined();
      const body = (await (await get(name)).json()) as { data: unknown[]; meta: unknown };
      expect(body.data.length, name).toBeGreaterThan(0);
      expect(violations(body.meta, { $ref: "#/components/schemas/Meta" })).toEqual([]);
      const problems = body.data.flatMap((r, i) => violations(r, { $ref: `#/components/schemas/${documented[name]!.schema}` }, `${name}[${i}]`));
      expect(problems.slice(0, 5)).toEqual([]);
    }
  });

  it("a network's status_since keeps the precision it is known at (year, month, day) in JSON, CSV and the OpenAPI description", async () => {
    const snapshot = (statusSince: string | null, statusSincePrecision: "day" | "month" | "year") =>
      ({ id: "00000000-0000-4000-8000-000000000001", name: { fi: "Verkosto" }, description: null, type: "city_network", website: null, countryCode: null, status: "member", statusSince, statusSincePrecision, annualFeeCents: null, feeCurrency: "EUR", roles: [], priorityIds: [], publishedAt: null }) as never;
    const url = (p: string) => `https://example.test${p}`;
    const records = [snapshot("1994-01-01", "year"), snapshot("2022-06-01", "month"), snapshot("2022-06-15", "day"), snapshot(null, "day")].map((s) => networkRecord(s, new Set(), url));
    expect(records.map((r) => [r.statusSince, r.statusSincePrecision])).toEqual([["1994", "year"], ["2022-06", "month"], ["2022-06-15", "day"], [null, "day"]]);
    // Not known stays null (never a default day), and the schema says it may be.
    for (const r of records) expect(violations(r, { $ref: "#/components/schemas/Network" })).toEqual([]);
    // A value in another form (a Finnish date) is refused by the described pattern.
    expect(violations({ ...records[0], statusSince: "1.1.1994" }, { $ref: "#/components/schemas/Network" })).not.toEqual([]);
    const csv = resources.networks!.csv;
    const since = csv.find((c) => c.header === "status_since")!;
    const precision = csv.find((c) => c.header === "status_since_precision")!;
    expect(records.map((r) => [since.value(r as never), precision.value(r as never)])).toEqual([["1994", "year"], ["2022-06", "month"], ["2022-06-15", "day"], [null, "day"]]);
    expect("type" in since ? since.type : undefined).toBeUndefined();
  });

  it("progress rolls up from the published measures and links only to public items", async () => {
    const goals = ((await (await get("goals")).json()) as { data: { id: string; progress: number; measureCount: number; title: { fi: string } }[] }).data;
    const measures = ((await (await get("measures", `?goal=${seeded.visible.goalId}`)).json()) as { data: { id: string; goalId: string; progress: number; weight: number; status: string; priorityIds: string[] }[] }).data;
    expect(measures.every((m) => m.goalId === seeded.visible.goalId)).toBe(true);
    const counted = measures.filter((m) => m.status !== "cancelled");
    const expected = Math.round(counted.reduce((s, m) => s + m.progress * m.weight, 0) / counted.reduce((s, m) => s + m.weight, 0));
    const goal = goals.find((g) => g.id === seeded.visible.goalId);
    expect(goal?.progress).toBe(expected);
    expect(goal?.measureCount).toBe(measures.length);
    const mine = measures.find((m) => m.id === seeded.visible.measureId);
    expect(mine?.priorityIds).toEqual([seeded.visible.priorityId]);
    const indicator = ((await (await getItem("indicators", seeded.visible.indicatorId)).json()) as { data: { measureIds: string[]; values: { value: string }[] } }).data;
    expect(indicator.measureIds).toEqual([seeded.visible.measureId]);
    expect(indicator.values).toEqual([{ date: "2023-12-31", value: "1250000.5000" }]);
  });

  it("answers CSV with the same rows, caching headers, 304 on an unchanged ETag, and the licence", async () => {
    const json = await get("measures");
    const rows = ((await json.json()) as { data: unknown[] }).data;
    const csv = await get("measures.csv");
    expect(csv.headers.get("content-type")).toBe("text/csv; charset=utf-8");
    const lines = (await csv.text()).replace(/^\ufeff/, "").trimEnd().split("\r\n");
    expect(lines[0]).toMatch(/^id,goal_id,priority_ids,title_fi,title_sv,title_en,/);
    // No text in the demo measures spans lines, so rows = lines.
    expect(lines.length - 1).toBe(rows.length);
    expect(json.headers.get("cache-control")).toMatch(/public, max-age=\d+/);
    expect(json.headers.get("access-control-allow-origin")).toBe("*");
    expect(json.headers.get("link")).toContain("creativecommons.org/licenses/by/4.0");
    const etag = json.headers.get("etag") ?? "";
    expect(etag).not.toBe("");
    expect((await get("measures", "", { "if-none-match": etag })).status).toBe(304);
    const idx = (await (await index(new Request(base))).json()) as { data: { name: string; csv: string }[]; meta: { license: { url: string } } };
    expect(idx.data.map((d) => d.name).sort()).toEqual([...resourceNames].sort());
    expect(idx.meta.license.url).toBe("https://creativecommons.org/licenses/by/4.0/");
  });

  it("refuses unknown resources, filters and items clearly", async () => {
    expect((await get("users")).status).toBe(404);
    expect((await get("measures.xml")).status).toBe(404);
    const bad = await get("measures", "?internalNotes=x");
    expect(bad.status).toBe(400);
    expect(((await bad.json()) as { error: string }).error).toBe("unknown_filter");
    expect((await getItem("goals", "00000000-0000-0000-0000-000000000000")).status).toBe(404);
    expect((await getItem("goals", "not-an-id")).status).toBe(404);
  });
});
