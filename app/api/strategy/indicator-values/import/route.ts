import { checkIndicatorValuesImport, importIndicatorValues } from "@/app/[locale]/staff/strategy/indicators/import/actions";
import { importRoute } from "@/lib/import-export/route";

/** POST the file (CSV or .xlsx) as the body; `?step=columns` maps columns, `?check=1` only checks. See lib/import-export/route.ts. */
export const POST = importRoute("indicator-values", { apply: importIndicatorValues, check: checkIndicatorValuesImport });
