import { checkProjectImport, importProjects } from "@/app/[locale]/staff/funding/import/actions";
import { importRoute } from "@/lib/import-export/route";

/** POST a CSV file as the body; `?check=1` only checks. See lib/import-export/route.ts. */
export const POST = importRoute({ apply: importProjects, check: checkProjectImport });
