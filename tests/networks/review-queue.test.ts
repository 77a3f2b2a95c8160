import { describe, expect, it } from "vitest";
import { createNetwork } from "@/app/[locale]/staff/networks/actions";
import { getPublishedNetwork } from "@/db/queries/networks/public";
import { reviewSource } from "@/lib/review/sources";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

const getDb = setupTestDatabase({ demo: true });

describe("networks in the cross-area review queue", () => {
  it("an editor's new network waits in the queue, and is published from there (the comparison page is covered by e2e)", async () => {
    const db = await getDb();
    const editor = await actorByEmail(db, "editor@example.com");
    const coordinator = await actorByEmail(db, "coordinator@example.com");
    const [kans] = await db.query.units.findMany({ where: (u, { eq }) => eq(u.code, "KANS") });
    const created = await createNetwork.execute(editor, {
      name_fi: "Jonoverkosto",
      name_sv: "Könätverk",
      type: "global_network",
      status: "candidate",
      statusSince: "2024-01-01",
      annualFee: "2 000",
      responsibleUnitId: kans!.id,
      internalNotes: "JONO-SISÄINEN",
    });
    if (!created.ok) throw new Error(JSON.stringify(created));
    const source = reviewSource("network");
    expect(source).toBeDefined();
    const queue = await source!.queue(db);
    expect(queue.find((q) => q.id === created.data.id)).toMatchObject({ state: "pending", title: expect.objectContaining({ fi: "Jonoverkosto" }), by: editor.name, area: "networks" });

    await db.transaction(async (tx) => {
      const row = await source!.lock(tx, created.data.id);
      if (!row) throw new Error("not locked");
      await source!.publish({ tx, actor: coordinator, audit: async () => {} }, row, row.version);
    });
    expect((await getPublishedNetwork(db, created.data.id))?.status).toBe("candidate");
    expect((await source!.queue(db)).some((q) => q.id === created.data.id)).toBe(false);
  });
});
