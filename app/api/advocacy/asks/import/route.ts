import { checkAsksImport, importAsks } from "@/app/[locale]/staff/advocacy/import/actions";
import { importRoute } from "@/lib/import-export/route";

/** POST the file (CSV or .xlsx) as the body; `?step=columns` maps columns, `?check=1` only checks. See lib/import-export/route.ts. */
export const POST = importRoute("asks", { apply: importAsks, check: checkAsksImport });
