import { importRoute } from "@/lib/import-export/route";
import { checkNetworksImport, importNetworks } from "@/app/[locale]/staff/networks/transfer/actions";

const save = importRoute(importNetworks);
const check = importRoute(checkNetworksImport);

/** POST /api/networks/import (body: the CSV file; ?check=1 only checks) — the shared import route. */
export async function POST(request: Request): Promise<Response> {
  return new URL(request.url).searchParams.get("check") === "1" ? check(request) : save(request);
}
