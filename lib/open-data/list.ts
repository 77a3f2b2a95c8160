import "server-only";
import { tableToCsv } from "@/lib/import-export/table";
import { byGeneration } from "@/lib/public/memo";
import { apiError, dataResponse, jsonBody, siteUrl } from "./respond";
import { resources, type Resource } from "./resources";
import { todayInHelsinki } from "@/lib/dates";

const MAX_FILTER = 100;

/** Split "measures.csv" into the resource and its format. */
export function parseResource(segment: string): { name: string; format: "json" | "csv"; resource: Resource } | null {
  const match = /^([a-z-]+?)(?:\.(json|csv))?$/.exec(segment);
  const name = match?.[1];
  if (!name || !Object.hasOwn(resources, name)) return null;
  return { name, format: (match[2] as "json" | "csv" | undefined) ?? "json", resource: resources[name] as Resource };
}

/** A list as JSON or CSV, filtered by the query (?goal=…&status=…); unfiltered lists are built once per change and day. */
export async function listResponse(request: Request, segment: string): Promise<Response> {
  const parsed = parseResource(segment);
  if (!parsed) return apiError(404, "unknown_resource");
  const { name, format, resource } = parsed;
  const query = new URL(request.url).searchParams;
  const filters: [string, string][] = [];
  for (const [key, value] of query) {
    if (!Object.hasOwn(resource.filters, key)) return apiError(400, "unknown_filter", `${key}: allowed ${Object.keys(resource.filters).join(", ") || "none"}`);
    if (value.length > MAX_FILTER) return apiError(400, "invalid_filter", key);
    filters.push([key, value]);
  }
  const url = siteUrl(request);
  const build = async () => {
    let rows = await resource.list(url);
    for (const [key, value] of filters) rows = rows.filter((r) => resource.filters[key]!(r, value));
    return format === "csv" ? tableToCsv({ name, columns: resource.csv, rows }, { delimiter: "," }) : jsonBody(rows, { resource: name, count: rows.length });
  };
  // Statuses are checked against the date, so a list built yesterday is not today's.
  const body = filters.length ? await build() : await byGeneration(`api:${name}:${format}:${url("")}:${todayInHelsinki()}`, build);
  return format === "csv"
    ? dataResponse(request, body, "text/csv; charset=utf-8", { "Content-Disposition": `inline; filename="${name}.csv"` })
    : dataResponse(request, body, "application/json; charset=utf-8");
}

/** One record by id, as JSON. */
export async function itemResponse(request: Request, segment: string, id: string): Promise<Response> {
  const parsed = parseResource(segment);
  if (!parsed || parsed.format !== "json") return apiError(404, "unknown_resource");
  const rows = await parsed.resource.list(siteUrl(request));
  const row = rows.find((r) => r.id === id);
  if (!row) return apiError(404, "not_found");
  return dataResponse(request, jsonBody(row, { resource: parsed.name }), "application/json; charset=utf-8");
}
