import { activityImportSpec, askImportSpec } from "@/lib/advocacy/import-spec";
import { projectImportSpec } from "@/lib/funding/import-spec";
import { measureImportSpec } from "@/lib/strategy/measure-import-spec";
import { networkImportSpec } from "@/lib/networks/transfer";
import type { Capability } from "@/lib/permissions";
import { indicatorValueImportSpec } from "@/lib/strategy/indicator-import-spec";
import type { ImportSpec } from "./import";

/**
 * Every importable list, one line each: its column contract (the spec: the
 * columns, their accepted names and the row schema) and who may import it
 * (any of `permissions`; lists whose items belong to a unit check each row
 * too, in their import action: a row the person may not edit is refused).
 * `oversee`: who may follow anyone's import of the list (lib/import-export/jobs.ts).
 * The import route (lib/import-export/route.ts), the column mapping (remembered
 * per list and user) and the preview all go through this one registry.
 */
export const importLists = {
  "eu-projects": { spec: projectImportSpec as ImportSpec<unknown>, permissions: ["funding.manage"], oversee: "funding.manage" },
  networks: { spec: networkImportSpec as ImportSpec<unknown>, permissions: ["networks.manage"], oversee: "networks.manage" },
  "advocacy-actions": { spec: activityImportSpec as ImportSpec<unknown>, permissions: ["advocacy.manage", "advocacy.editOwn"], oversee: "advocacy.manage" },
  asks: { spec: askImportSpec as ImportSpec<unknown>, permissions: ["advocacy.manage", "advocacy.editOwn"], oversee: "advocacy.manage" },
  measures: { spec: measureImportSpec as ImportSpec<unknown>, permissions: ["strategy.manage", "strategy.editOwn"], oversee: "strategy.manage" },
  "indicator-values": { spec: indicatorValueImportSpec as ImportSpec<unknown>, permissions: ["strategy.manage", "strategy.editOwn"], oversee: "strategy.manage" },
} satisfies Record<string, { spec: ImportSpec<unknown>; permissions: readonly Capability[]; oversee: Capability }>;

export type ImportListKey = keyof typeof importLists;
