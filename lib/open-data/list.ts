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
  if (resource.paged) return pagedResponse(request, name, format, resource, query);
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

/**
 * A paged list (see `Resource.paged`): `?page=` from 1, `?pageSize=` up to the
 * resource's maximum, filters as usual. The meta says where the page is in the
 * whole (page, pageSize, pages, total) and a `Link` header names the next and
 * previous pages (rel="next"/"prev"), as it does for the CSV.
 */
async function pagedResponse(request: Request, name: string, format: "json" | "csv", resource: Resource, query: URLSearchParams): Promise<Response> {
  const paged = resource.paged!;
  const filters: Record<string, string> = {};
  let page = 1;
  let size = paged.size;
  for (const [key, value] of query) {
    if (key === "page" || key === "pageSize") {
      if (!/^\d{1,7}$/.test(value) || Number(value) < 1 || (key === "pageSize" && Number(value) > paged.maxSize)) return apiError(400, "invalid_paging", `${key}: a whole number from 1${key === "pageSize" ? ` to ${paged.maxSize}` : ""}`);
      if (key === "page") page = Number(value);
      else size = Number(value);
      continue;
    }
    if (!Object.hasOwn(resource.filters, key)) return apiError(400, "unknown_filter", `${key}: allowed ${[...Object.keys(resource.filters), "page", "pageSize"].join(", ")}`);
    if (value.length > MAX_FILTER) return apiError(400, "invalid_filter", key);
    filters[key] = value;
  }
  const url = siteUrl(request);
  const build = async () => {
    const { rows, total } = await paged.page(url, filters, size, (page - 1) * size);
    const pages = Math.max(1, Math.ceil(total / size));
    const body = format === "csv" ? tableToCsv({ name, columns: resource.csv, rows }, { delimiter: "," }) : jsonBody(rows, { resource: name, count: rows.length, page, pageSize: size, pages, total });
    return { body, pages, total };
  };
  const key = `api:${name}:${format}:${url("")}:${todayInHelsinki()}:${new URLSearchParams([...Object.entries(filters).sort(), ["page", String(page)], ["pageSize", String(size)]]).toString()}`;
  const { body, pages, total } = Object.keys(filters).length ? await build() : await byGeneration(key, build);
  const at = (p: number) => {
    const u = new URL(request.url);
    u.searchParams.set("page", String(p));
    return u.toString();
  };
  const links = [page < pages ? `<${at(page + 1)}>; rel="next"` : null, page > 1 ? `<${at(Math.min(page - 1, pages))}>; rel="prev"` : null].filter(Boolean) as string[];
  const extra: Record<string, string> = { "X-Total-Count": String(total) };
  if (format === "csv") extra["Content-Disposition"] = `inline; filename="${name}.csv"`;
  const response = dataResponse(request, body, format === "csv" ? "text/csv; charset=utf-8" : "application/json; charset=utf-8", extra);
  if (links.length) response.headers.set("Link", [response.headers.get("Link"), ...links].filter(Boolean).join(", "));
  return response;
}

/** One record by id, as JSON. */
export async function itemResponse(request: Request, segment: string, id: string): Promise<Response> {
  const parsed = parseResource(segment);
  if (!parsed || parsed.format !== "json") return apiError(404, "unknown_resource");
  if (parsed.resource.paged) {
    const row = await parsed.resource.paged.item(siteUrl(request), id);
    if (!row) return apiError(404, "not_found");
    return dataResponse(request, jsonBody(row, { resource: parsed.name }), "application/json; charset=utf-8");
  }
  const rows = await parsed.resource.list(siteUrl(request));
  const row = rows.find((r) => r.id === id);
  if (!row) return apiError(404, "not_found");
  return dataResponse(request, jsonBody(row, { resource: parsed.name }), "application/json; charset=utf-8");
}
