import { users } from "@/db/schema";
import { adminOnly, type MatrixRows } from "../helpers/matrix";

/** User and unit administration: admins only. */
export const rows: MatrixRows = {
  actions: [
    {
      action: "admin.updateUser",
      fixture: async (ctx) => {
        const [u] = await ctx.db.insert(users).values({ email: `sso-${ctx.unique}@hel.fi`, name: `SSO ${ctx.unique}` }).returning();
        return { id: u!.id, version: u!.version, name: u!.name, role: "editor", unitId: ctx.ownerUnitId, active: "on" };
      },
      expect: adminOnly,
    },
    {
      action: "admin.createUser",
      fixture: async (ctx) => ({ email: `created-${ctx.unique}@hel.fi`, name: `Created ${ctx.unique}`, role: "executive", unitId: ctx.ownerUnitId }),
      expect: adminOnly,
    },
    {
      action: "admin.saveUnit",
      fixture: async (ctx) => ({ code: `U${ctx.unique.replace(/[^A-Za-z0-9]/g, "").slice(-10).toUpperCase()}`, nameFi: `Yksikkö ${ctx.unique}`, nameSv: `Enhet ${ctx.unique}` }),
      expect: adminOnly,
    },
  ],
};
