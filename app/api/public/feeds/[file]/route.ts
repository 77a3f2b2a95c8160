import { feedResponse } from "@/lib/public/feed-response";

export const dynamic = "force-dynamic";

/** Atom feed of everything published on the public site, in Finnish, Swedish or English (`fi.atom`, `sv.atom`, `en.atom`). Anyone may read it. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }) {
  return feedResponse(request, (await params).file);
}
