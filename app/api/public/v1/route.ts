import { documented } from "@/lib/open-data/openapi";
import { apiBase, dataResponse, jsonBody, siteOrigin } from "@/lib/open-data/respond";

/** Open data v1: what there is, where. Anyone may read it. */
export async function GET(request: Request) {
  const base = apiBase(request);
  const list = Object.entries(documented).map(([name, d]) => ({ name, description: d.summary, json: `${base}/${name}`, csv: `${base}/${name}.csv`, filters: Object.keys(d.filters) }));
  return dataResponse(request, jsonBody(list, { openapi: `${base}/openapi.json`, documentation: `${siteOrigin(request)}/en/open-data` }), "application/json; charset=utf-8");
}
