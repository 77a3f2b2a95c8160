import type { Capability } from "./permissions";

/**
 * The staff areas, in menu order. Each is shown to those who hold its
 * capability; the pages check it again on the server.
 */
export const staffAreas = [
  { key: "strategy", href: "/staff/strategy", requires: "internal.read" },
  { key: "review", href: "/staff/review", requires: "content.publish" },
  { key: "search", href: "/staff/search", requires: "internal.read" },
  { key: "advocacy", href: "/staff/advocacy", requires: "internal.read" },
  { key: "evaluations", href: "/staff/evaluations", requires: "staff.view" },
  { key: "funding", href: "/staff/funding", requires: "internal.read" },
  { key: "networks", href: "/staff/networks", requires: "internal.read" },
  { key: "dashboard", href: "/staff/dashboard", requires: "dashboard.view" },
  { key: "admin", href: "/staff/admin", requires: "users.manage" },
] as const satisfies readonly { key: string; href: string; requires: Capability }[];

export type StaffAreaKey = (typeof staffAreas)[number]["key"];
