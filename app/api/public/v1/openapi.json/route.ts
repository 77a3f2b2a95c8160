import { openApiDocument } from "@/lib/open-data/openapi";
import { apiBase, dataResponse } from "@/lib/open-data/respond";

/** The OpenAPI description of open data v1. Anyone may read it. */
export async function GET(request: Request) {
  return dataResponse(request, JSON.stringify(openApiDocument(apiBase(request)), null, 2), "application/json; charset=utf-8");
}
