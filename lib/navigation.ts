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

/**
 * Each staff area's own sections (the sub-menu under the area's title), in
 * menu order: `messages` is the message namespace that holds `label` (the
 * menu's name) and one label per section key. `components/ui/Subnav.tsx`
 * draws them; a new area with sections adds one line here.
 */
export const staffSubnavs = {
  networks: { messages: "networks.nav", items: { registry: "/staff/networks", portfolio: "/staff/networks/portfolio", reviews: "/staff/networks/reviews", transfer: "/staff/networks/transfer" } },
  strategy: { messages: "strategyNav", items: { measures: "/staff/strategy", tree: "/staff/strategy/tree", indicators: "/staff/strategy/indicators", rounds: "/staff/strategy/rounds" } },
  admin: { messages: "admin.nav", items: { users: "/staff/admin", units: "/staff/admin/units", feedback: "/staff/admin/feedback" } },
} as const;

export type StaffSubnavArea = keyof typeof staffSubnavs;
export type StaffSubnavSection<A extends StaffSubnavArea> = keyof (typeof staffSubnavs)[A]["items"] & string;
