import { eq } from "drizzle-orm";
import { documents, networks, networkStatusChanges } from "@/db/schema";
import { itemVersion, ownersAndManagers, staffOnly, type FixtureContext, type MatrixRows } from "../helpers/matrix";
import { file, pdfBytes } from "../documents/fixtures";

/** Documents: attached by those who may edit the item (here a network of ctx.ownerUnitId); downloads by staff, or by anyone when public and published. */

async function network(ctx: FixtureContext, published = false) {
  const [n] = await ctx.db
    .insert(networks)
    .values({
      name: { fi: `Verkosto ${ctx.unique}`, sv: `Nätverk ${ctx.unique}` },
      type: "city_network",
      status: "member",
      statusSince: "2020-01-01",
      responsibleUnitId: ctx.ownerUnitId,
      ...(published ? { published: { name: { fi: `Verkosto ${ctx.unique}`, sv: `Nätverk ${ctx.unique}` } }, publishedAt: new Date(), reviewState: "published" as const } : {}),
    })
    .returning();
  await ctx.db.insert(networkStatusChanges).values({ networkId: n!.id, status: "member", changedOn: "2020-01-01" });
  return n!;
}

/** A document with one stored PDF version, made through the action itself (as a coordinator). */
async function document(ctx: FixtureContext, options: { published?: boolean } = {}) {
  const { createDocument } = await import("@/app/[locale]/staff/documents/actions");
  const n = await network(ctx, options.published);
  const created = await createDocument.execute(ctx.actors.coordinator, {
    parentKind: "network",
    parentId: n.id,
    kind: "decision",
    titleFi: `Päätös ${ctx.unique}`,
    titleSv: `Beslut ${ctx.unique}`,
    visibility: options.published ? "public" : "internal",
    file: file(pdfBytes(ctx.unique), "paatos.pdf"),
  });
  if (!created.ok) throw new Error(JSON.stringify(created));
  const [d] = await ctx.db.select().from(documents).where(eq(documents.id, created.data.id));
  if (options.published) {
    const { publishItem } = await import("@/app/[locale]/staff/review/actions");
    const done = await publishItem.execute(ctx.actors.coordinator, { type: "document", id: d!.id, version: d!.version });
    if (!done.ok) throw new Error(JSON.stringify(done));
  }
  const [after] = await ctx.db.select().from(documents).where(eq(documents.id, created.data.id));
  return after!;
}

const describing = (ctx: FixtureContext) => ({ kind: "report", titleFi: `Raportti ${ctx.unique}`, titleSv: `Rapport ${ctx.unique}`, visibility: "internal" });

export const rows: MatrixRows = {
  actions: [
    {
      action: "documents.create",
      fixture: async (ctx) => {
        const n = await network(ctx);
        return { parentKind: "network", parentId: n.id, ...describing(ctx), file: file(pdfBytes(ctx.unique), "raportti.pdf") };
      },
      expect: ownersAndManagers,
    },
    {
      action: "documents.addVersion",
      fixture: itemVersion((ctx) => document(ctx), (ctx) => ({ file: file(pdfBytes(`${ctx.unique} v2`), "raportti.pdf") })),
      expect: ownersAndManagers,
    },
    {
      action: "documents.update",
      fixture: itemVersion((ctx) => document(ctx), describing),
      expect: ownersAndManagers,
    },
    {
      action: "documents.archive",
      fixture: itemVersion((ctx) => document(ctx)),
      expect: ownersAndManagers,
    },
  ],
  routes: [
    {
      // Internal: staff only; signed out it does not exist (404, revealing nothing).
      route: "GET /api/documents/[versionId]",
      request: async (ctx) => {
        const d = await document(ctx);
        return { request: new Request(`http://localhost/api/documents/${d.currentVersionId}`), params: { versionId: d.currentVersionId! } };
      },
      expect: staffOnly,
      refusedStatus: { public: 404 },
    },
  ],
  saves: [
    {
      action: "documents.update",
      fixture: async (ctx) => {
        const d = await document(ctx);
        return {
          entityType: "document",
          entityId: d.id,
          input: (marker, version) => ({ id: d.id, version, ...describing(ctx), titleFi: marker }),
          read: async () => {
            const [row] = await ctx.db.select().from(documents).where(eq(documents.id, d.id));
            return { version: row!.version, text: row!.title.fi };
          },
        };
      },
    },
  ],
};

