/**
 * The one permission table. Every server action and route handler asks it;
 * the UI only hides what the server already refuses. Deny by default: a
 * capability not listed for a role is refused.
 */
export const roles = ["public", "executive", "editor", "coordinator", "admin"] as const;
export type Role = (typeof roles)[number];
export type StaffRole = Exclude<Role, "public">;

// Who holds a capability: every staff role, those who read everything, those who edit their own, those who manage, the admin.
const staff = ["executive", "editor", "coordinator", "admin"] as const satisfies readonly StaffRole[];
const readers = ["executive", "coordinator", "admin"] as const satisfies readonly StaffRole[];
const editors = ["editor", "coordinator", "admin"] as const satisfies readonly StaffRole[];
const managers = ["coordinator", "admin"] as const satisfies readonly StaffRole[];
const admin = ["admin"] as const satisfies readonly StaffRole[];

/** Each capability and the roles that hold it ("public" holds none). */
const heldBy = {
  /** Enter the staff area. */
  "staff.view": staff,
  /** Read internal fields, drafts, history and reviews. */
  "internal.read": staff,
  /** Create, edit, reorder, archive and copy anything in the strategy tree. */
  "strategy.manage": managers,
  /** Edit measures of one's own unit or where one is a contact person (item check). */
  "strategy.editOwn": editors,
  /** Approve and publish, or return with a comment (all areas). */
  "content.publish": managers,
  "advocacy.manage": managers,
  "advocacy.editOwn": editors,
  "evaluation.manage": managers,
  /** Answer an evaluation round one is a respondent of (item check). */
  "evaluation.answer": staff,
  "funding.manage": managers,
  "funding.editOwn": editors,
  /** Maintain the EU programme reference list. */
  "funding.programmes": admin,
  "networks.manage": managers,
  "networks.editOwn": editors,
  "networks.review": readers,
  "dashboard.view": readers,
  /** Write the executive briefing's commentary per section. */
  "dashboard.comment": managers,
  "export.read": readers,
  "users.manage": admin,
  "units.manage": admin,
  "feedback.manage": admin,
  /** Own profile, reminders and calendar feed. */
  "profile.edit": staff,
  /** Choose to be shown as the public contact of an item one is a contact person of (item check). */
  "publicContact.own": editors,
} satisfies Record<string, readonly StaffRole[]>;

export type Capability = keyof typeof heldBy;
export const capabilities = Object.keys(heldBy) as Capability[];

/** The same table by role: the capabilities each role holds. */
const holds = (role: Role) => new Set(capabilities.filter((c) => (heldBy[c] as readonly Role[]).includes(role)));
export const permissionTable: Record<Role, ReadonlySet<Capability>> = { public: holds("public"), executive: holds("executive"), editor: holds("editor"), coordinator: holds("coordinator"), admin: holds("admin") };

export function can(role: Role, capability: Capability): boolean {
  return permissionTable[role].has(capability);
}

export function canAny(role: Role, wanted: readonly Capability[]): boolean {
  return wanted.some((c) => can(role, c));
}

/** The subject of a permission question: a signed-in person, or nobody. */
export type Actor = { id: string; name: string; email: string; role: Role; unitId: string | null; locale: string };

/**
 * May this person make `target` the responsible unit of an item whose unit is
 * now `current` (undefined: a new item)? Holders of `manage` may hand an item
 * to any unit; others may keep the unit it has or make it their own unit, and
 * never hand it to another unit — also not when they are a contact person of
 * the item (which lets them edit it). The rule of EU projects and networks;
 * measures go further and lock the unit for editors.
 */
export function mayAssignUnit(actor: Actor, manage: Capability, target: string | null | undefined, current?: string | null): boolean {
  if (can(actor.role, manage)) return true;
  const unit = target ?? null;
  if (current !== undefined && unit === (current ?? null)) return true;
  return unit !== null && unit === actor.unitId;
}

/**
 * May this person edit an item owned by a unit and/or contact persons?
 * `manage` is the capability that allows editing every such item, `own` the
 * one that allows editing one's own.
 */
export function canEditOwned(
  actor: Actor,
  item: { unitId: string | null; contactIds?: readonly string[] },
  manage: Capability,
  own: Capability,
): boolean {
  if (can(actor.role, manage)) return true;
  if (!can(actor.role, own)) return false;
  const ownUnit = actor.unitId !== null && item.unitId === actor.unitId;
  const isContact = item.contactIds?.includes(actor.id) ?? false;
  return ownUnit || isContact;
}
