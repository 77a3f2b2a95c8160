import { checkProjectImport, importProjects } from "@/app/[locale]/staff/funding/import/actions";
import { importRoute } from "@/lib/import-export/route";

/** POST the file (CSV or .xlsx) as the body; `?step=columns` maps columns, `?check=1` only checks. See lib/import-export/route.ts. */
export const POST = importRoute("eu-projects", { apply: importProjects, check: checkProjectImport });
