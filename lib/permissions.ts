/**
 * The one permission table. Every server action and route handler asks it;
 * the UI only hides what the server already refuses. Deny by default: a
 * capability not listed for a role is refused.
 */
export const roles = ["public", "executive", "editor", "coordinator", "admin"] as const;
export type Role = (typeof roles)[number];
export type StaffRole = Exclude<Role, "public">;

export const capabilities = [
  /** Enter the staff area. */
  "staff.view",
  /** Read internal fields, drafts, history and reviews. */
  "internal.read",
  /** Create, edit, reorder, archive and copy anything in the strategy tree. */
  "strategy.manage",
  /** Edit measures of one's own unit or where one is a contact person (item check). */
  "strategy.editOwn",
  /** Approve and publish, or return with a comment (all areas). */
  "content.publish",
  "advocacy.manage",
  "advocacy.editOwn",
  "evaluation.manage",
  /** Answer an evaluation round one is a respondent of (item check). */
  "evaluation.answer",
  "funding.manage",
  "funding.editOwn",
  /** Maintain the EU programme reference list. */
  "funding.programmes",
  "networks.manage",
  "networks.editOwn",
  "networks.review",
  "dashboard.view",
  /** Write the executive briefing's commentary per section. */
  "dashboard.comment",
  "export.read",
  "users.manage",
  "units.manage",
  "feedback.manage",
  /** Own profile, reminders and calendar feed. */
  "profile.edit",
  /** Choose to be shown as the public contact of an item one is a contact person of (item check). */
  "publicContact.own",
] as const;
export type Capability = (typeof capabilities)[number];

const reader: Capability[] = ["staff.view", "internal.read", "dashboard.view", "export.read", "profile.edit"];
const coordinator: Capability[] = [
  ...reader,
  "strategy.manage",
  "strategy.editOwn",
  "content.publish",
  "advocacy.manage",
  "advocacy.editOwn",
  "evaluation.manage",
  "evaluation.answer",
  "funding.manage",
  "funding.editOwn",
  "networks.manage",
  "networks.editOwn",
  "networks.review",
  "publicContact.own",
  "dashboard.comment",
];

export const permissionTable: Record<Role, ReadonlySet<Capability>> = {
  public: new Set<Capability>([]),
  executive: new Set<Capability>([...reader, "evaluation.answer", "networks.review"]),
  editor: new Set<Capability>([
    "staff.view",
    "internal.read",
    "profile.edit",
    "strategy.editOwn",
    "advocacy.editOwn",
    "evaluation.answer",
    "funding.editOwn",
    "networks.editOwn",
    "publicContact.own",
  ]),
  coordinator: new Set<Capability>(coordinator),
  admin: new Set<Capability>([...coordinator, "funding.programmes", "users.manage", "units.manage", "feedback.manage"]),
};

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
