"use server";

import { hashPassword } from "@/lib/auth/password";
import { z } from "zod";
import { emailTaken, insertUnit, insertUser, lockUnit, lockUser, saveUnit as saveUnitRow, saveUser, unitCodeTaken, unitExists } from "@/db/queries/admin/users";
import { defineAction } from "@/lib/actions/define-action";
import { ActionError, invalidField } from "@/lib/actions/result";
import { changedFields } from "@/lib/publishing";
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
  load: (tx, input) => lockUser(tx, input.id),
  run: async ({ tx, actor, input, item, audit }) => {
    // An admin cannot lock themselves out.
    if (item.id === actor.id && (input.role !== "admin" || !input.active)) throw invalidField("role", "ownAdminRole");
    if (input.unitId && !(await unitExists(tx, input.unitId))) throw invalidField("unitId", "unknownItem");
    // An account that already has its SSO identity cannot be opened to another one.
    const ssoLinkAllowed = input.ssoLinkAllowed && !item.ssoSubject;
    const next = { name: input.name, role: input.role, unitId: input.unitId, active: input.active, ssoLinkAllowed };
    const updated = await saveUser(tx, item.id, input.version, next, actor);
    const diff = changedFields(item, next, USER_FIELDS);
    await audit({ entityType: "user", entityId: item.id, action: "update", version: updated.version, ...diff });
    return { version: updated.version };
  },
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
    if (await emailTaken(tx, input.email)) throw invalidField("email", "emailTaken");
    if (input.unitId && !(await unitExists(tx, input.unitId))) throw invalidField("unitId", "unknownItem");
    const passwordHash = input.password ? await hashPassword(input.password) : null;
    const createdId = await insertUser(tx, { email: input.email, name: input.name, role: input.role, unitId: input.unitId, active: true, passwordHash, ssoLinkAllowed: input.ssoLinkAllowed });
    if (!createdId) throw new ActionError("error");
    await audit({
      entityType: "user",
      entityId: createdId,
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
    return { id: createdId };
  },
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
    if (await unitCodeTaken(tx, input.code, input.id)) throw invalidField("code", "duplicate");
    if (!input.id) {
      const created = await insertUnit(tx, { code: input.code, name });
      if (!created) throw new ActionError("error");
      await audit({ entityType: "unit", entityId: created.id, action: "create", version: 1, after: { code: input.code, name } });
      return { id: created.id };
    }
    const before = await lockUnit(tx, input.id);
    if (!before) throw new ActionError("not_found");
    const updated = await saveUnitRow(tx, input.id, input.version ?? 0, { code: input.code, name }, actor);
    await audit({ entityType: "unit", entityId: input.id, action: "update", version: updated.version, ...changedFields(before, { code: input.code, name }, ["code", "name"]) });
    return { id: input.id };
  },
});
