import { listResponse } from "@/lib/open-data/list";

/** Open data v1: a list of published items, as JSON (`/measures`) or CSV (`/measures.csv`). Anyone may read it. */
export async function GET(request: Request, { params }: { params: Promise<{ resource: string }> }) {
  return listResponse(request, (await params).resource);
}
