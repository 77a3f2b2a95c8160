import { getDb } from "@/db/client";
import { pingDatabase } from "@/db/queries/health";
import { suspectDatabaseDown } from "@/lib/db-health";

export const dynamic = "force-dynamic";

/** 200 when the database answers, 503 when it does not (for load balancers and monitors). */
export async function GET() {
  try {
    const db = await getDb();
    await Promise.race([
      pingDatabase(db),
      new Promise((_, reject) => setTimeout(() => reject(new Error("timeout")), 3000)),
    ]);
    return Response.json({ status: "ok" }, { headers: { "Cache-Control": "no-store" } });
  } catch {
    suspectDatabaseDown();
    return Response.json({ status: "error", error: "database_unavailable" }, { status: 503, headers: { "Cache-Control": "no-store" } });
  }
}
