import { feedResponse } from "@/lib/public/feed-response";

export const dynamic = "force-dynamic";

/** Atom feed of what was published under one public goal (its priorities, measures and progress updates). Anyone may read it. */
export async function GET(request: Request, { params }: { params: Promise<{ goalId: string; file: string }> }) {
  const { goalId, file } = await params;
  return feedResponse(request, file, goalId);
}
