import { eq } from "drizzle-orm";
import { documents } from "@/db/schema";
import { itemVersion, versionedSave, ownersAndManagers, staffOnly, type FixtureContext, type MatrixRows } from "../helpers/matrix";
import { file, pdfBytes } from "../documents/fixtures";
import { network } from "./networks";

/** Documents: attached by those who may edit the item (here a network of ctx.ownerUnitId); downloads by staff, or by anyone when public and published. */

/** A document with one stored PDF version, made through the action itself (as a coordinator). */
async function document(ctx: FixtureContext, options: { published?: boolean } = {}) {
  const { createDocument } = await import("@/app/[locale]/staff/documents/actions");
  const n = await network(
    ctx,
    options.published ? { published: { name: { fi: `Verkosto ${ctx.unique}`, sv: `Nätverk ${ctx.unique}` } }, publishedAt: new Date(), reviewState: "published" } : {},
  );
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
    versionedSave({
      action: "documents.update",
      entityType: "document",
      table: documents,
      make: (ctx) => document(ctx),
      input: (ctx, d, marker, version) => ({ id: d.id, version, ...describing(ctx), titleFi: marker }),
      text: (row) => row.title.fi,
    }),
  ],
};

