import { itemResponse } from "@/lib/open-data/list";

/** Open data v1: one published item by id. Anyone may read it. */
export async function GET(request: Request, { params }: { params: Promise<{ resource: string; id: string }> }) {
  const { resource, id } = await params;
  return itemResponse(request, resource, id);
}
