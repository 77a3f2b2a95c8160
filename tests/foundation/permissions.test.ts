import { describe, expect, it } from "vitest";
import { can, canEditOwned, capabilities, permissionTable, roles, type Actor } from "@/lib/permissions";

const actor = (role: Actor["role"], unitId: string | null = "unit-a", id = "user-1"): Actor => ({ id, name: "x", email: "x@x", role, unitId, locale: "fi" });

describe("the permission table", () => {
  it("gives the public nothing", () => {
    for (const c of capabilities) expect(can("public", c)).toBe(false);
  });

  it("lets executives read everything but edit nothing", () => {
    expect(can("executive", "internal.read")).toBe(true);
    expect(can("executive", "dashboard.view")).toBe(true);
    for (const c of capabilities.filter((c) => c.endsWith(".manage") || c.endsWith(".editOwn") || c === "content.publish")) {
      expect(can("executive", c)).toBe(false);
    }
  });

  it("editor cannot publish or manage", () => {
    expect(can("editor", "content.publish")).toBe(false);
    expect(can("editor", "strategy.manage")).toBe(false);
    expect(can("editor", "users.manage")).toBe(false);
  });

  it("only admins manage users, units and reference lists", () => {
    for (const r of roles) {
      expect(can(r, "users.manage")).toBe(r === "admin");
      expect(can(r, "funding.programmes")).toBe(r === "admin");
    }
  });

  it("admin can do everything a coordinator can", () => {
    for (const c of permissionTable.coordinator) expect(can("admin", c)).toBe(true);
  });

  it("an editor edits only items of their unit or where they are a contact", () => {
    const editor = actor("editor", "unit-a");
    expect(canEditOwned(editor, { unitId: "unit-a" }, "strategy.manage", "strategy.editOwn")).toBe(true);
    expect(canEditOwned(editor, { unitId: "unit-b" }, "strategy.manage", "strategy.editOwn")).toBe(false);
    expect(canEditOwned(editor, { unitId: "unit-b", contactIds: ["user-1"] }, "strategy.manage", "strategy.editOwn")).toBe(true);
    expect(canEditOwned(actor("editor", null), { unitId: null }, "strategy.manage", "strategy.editOwn")).toBe(false);
    expect(canEditOwned(actor("coordinator", null), { unitId: "unit-b" }, "strategy.manage", "strategy.editOwn")).toBe(true);
    expect(canEditOwned(actor("executive", "unit-a"), { unitId: "unit-a" }, "strategy.manage", "strategy.editOwn")).toBe(false);
  });
});
