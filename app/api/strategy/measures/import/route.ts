import { checkMeasuresImport, importMeasures } from "@/app/[locale]/staff/strategy/rounds/[id]/import/actions";
import { importRoute } from "@/lib/import-export/route";

/**
 * POST the file (CSV or .xlsx) as the body with `?round=<id>`, the open
 * reporting round the round texts go into; `?step=columns` maps columns,
 * `?check=1` only checks. See lib/import-export/route.ts.
 */
export const POST = importRoute("measures", { apply: importMeasures, check: checkMeasuresImport }, { forward: ["round"] });
