"use server";

import { hashPassword } from "@/lib/auth/password";
import { and, eq, ne } from "drizzle-orm";
import { z } from "zod";
import { units, users } from "@/db/schema";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { changedFields, updateVersioned } from "@/lib/publishing";
import { checkbox, optionalUuid } from "@/lib/forms/zod-fields";

const roleInput = z
  .enum(["", "admin", "coordinator", "editor", "executive"])
  .optional()
  .transform((r) => (r ? r : null));
const USER_FIELDS = ["name", "role", "unitId", "active", "ssoLinkAllowed"];

/** Grant or change a person's role and unit, or deactivate them. */
export const updateUser = defineAction({
  name: "admin.updateUser",
  input: z.object({
    id: z.uuid(),
    version: z.coerce.number().int().min(1),
    name: z.string().trim().min(1).max(200),
    role: roleInput,
    unitId: optionalUuid(),
    active: checkbox(),
    /** The first SSO sign-in with this (verified) e-mail may attach to the account; see lib/auth/sso.ts. */
    ssoLinkAllowed: checkbox(),
  }),
  requires: ["users.manage"],
  load: async (tx, input) => (await tx.select().from(users).where(eq(users.id, input.id)).for("update"))[0],
  run: async ({ tx, actor, input, item, audit }) => {
    // An admin cannot lock themselves out.
    if (item.id === actor.id && (input.role !== "admin" || !input.active)) throw invalidField("role", "ownAdminRole");
    if (input.unitId && !(await tx.select({ id: units.id }).from(units).where(eq(units.id, input.unitId)))[0]) {
      throw invalidField("unitId", "unknownItem");
    }
    // An account that already has its SSO identity cannot be opened to another one.
    const ssoLinkAllowed = input.ssoLinkAllowed && !item.ssoSubject;
    const next = { name: input.name, role: input.role, unitId: input.unitId, active: input.active, ssoLinkAllowed };
    const updated = await updateVersioned(tx, users, item.id, input.version, next, actor);
    const diff = changedFields(item, next, USER_FIELDS);
    await audit({ entityType: "user", entityId: item.id, action: "update", version: updated.version, ...diff });
    return { version: updated.version };
  },
  revalidate: () => ({ paths: ["/staff/admin"] }),
});

/** Add a person: for SSO (attached at their first SSO sign-in) and/or with an initial password. */
export const createUser = defineAction({
  name: "admin.createUser",
  input: z.object({
    email: z.string().trim().toLowerCase().email().max(320),
    name: z.string().trim().min(1).max(200),
    role: roleInput,
    unitId: optionalUuid(),
    password: z
      .string()
      .max(200)
      .optional()
      .refine((p) => !p || p.length >= 12, { message: "errors.passwordTooShort" }),
    ssoLinkAllowed: checkbox(),
  }),
  requires: ["users.manage"],
  run: async ({ tx, input, audit }) => {
    const [exists] = await tx.select({ id: users.id }).from(users).where(eq(users.email, input.email));
    if (exists) throw invalidField("email", "emailTaken");
    if (input.unitId && !(await tx.select({ id: units.id }).from(units).where(eq(units.id, input.unitId)))[0]) {
      throw invalidField("unitId", "unknownItem");
    }
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const [created] = await tx
      .insert(users)
      .values({ email: input.email, name: input.name, role: input.role, unitId: input.unitId, passwordHash, ssoLinkAllowed: input.ssoLinkAllowed })
      .returning({ id: users.id });
    if (!created) throw new ActionError("error");
    await audit({
      entityType: "user",
      entityId: created.id,
      action: "create",
      version: 1,
      after: {
        email: input.email,
        name: input.name,
        role: input.role,
        unitId: input.unitId,
        password: passwordHash ? "set" : "none",
        ssoLinkAllowed: input.ssoLinkAllowed,
      },
    });
    return { id: created.id };
  },
  revalidate: () => ({ paths: ["/staff/admin"] }),
});

/** Create or rename an organisation unit. */
export const saveUnit = defineAction({
  name: "admin.saveUnit",
  input: z.object({
    id: optionalUuid(),
    version: z.coerce.number().int().min(1).optional(),
    code: z
      .string()
      .trim()
      .toUpperCase()
      .min(2)
      .max(20)
      .regex(/^[A-Z0-9_-]+$/, { message: "errors.unitCode" }),
    nameFi: z.string().trim().min(1).max(200),
    nameSv: z.string().trim().min(1).max(200),
    nameEn: z.string().trim().max(200).optional(),
  }),
  requires: ["units.manage"],
  run: async ({ tx, actor, input, audit }) => {
    const name = { fi: input.nameFi, sv: input.nameSv, ...(input.nameEn ? { en: input.nameEn } : {}) };
    const sameCode = await tx
      .select({ id: units.id })
      .from(units)
      .where(input.id ? and(eq(units.code, input.code), ne(units.id, input.id)) : eq(units.code, input.code));
    if (sameCode.length) throw invalidField("code", "duplicate");
    if (!input.id) {
      const [created] = await tx.insert(units).values({ code: input.code, name }).returning();
      if (!created) throw new ActionError("error");
      await audit({ entityType: "unit", entityId: created.id, action: "create", version: 1, after: { code: input.code, name } });
      return { id: created.id };
    }
    const [before] = await tx.select().from(units).where(eq(units.id, input.id)).for("update");
    if (!before) throw new ActionError("not_found");
    const updated = await updateVersioned(tx, units, input.id, input.version ?? 0, { code: input.code, name }, actor);
    await audit({ entityType: "unit", entityId: input.id, action: "update", version: updated.version, ...changedFields(before, { code: input.code, name }, ["code", "name"]) });
    return { id: input.id };
  },
  revalidate: () => ({ paths: ["/staff/admin", "/staff/admin/units", "/"] }),
});
