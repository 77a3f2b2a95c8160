import { projectImportSpec } from "@/lib/funding/import-spec";
import { networkImportSpec } from "@/lib/networks/transfer";
import type { Capability } from "@/lib/permissions";
import type { ImportSpec } from "./import";

/**
 * Every importable list, one line each: its column contract (the spec: the
 * columns, their accepted names and the row schema) and who may import it.
 * The import route (lib/import-export/route.ts), the column mapping (remembered
 * per list and user) and the preview all go through this one registry.
 */
export const importLists = {
  "eu-projects": { spec: projectImportSpec as ImportSpec<unknown>, permission: "funding.manage" as Capability },
  networks: { spec: networkImportSpec as ImportSpec<unknown>, permission: "networks.manage" as Capability },
} satisfies Record<string, { spec: ImportSpec<unknown>; permission: Capability }>;

export type ImportListKey = keyof typeof importLists;
