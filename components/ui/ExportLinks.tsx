import { getTranslations } from "next-intl/server";
import type { StaffExportKind } from "@/lib/exports/staff";

/**
 * Download links of the staff exports (app/api/staff/export/[kind]) for the
 * kinds a list page holds: each as CSV and as .xlsx. The page decides who
 * sees them (the export.read permission, checked again by the route).
 */
export async function ExportLinks({ kinds, show }: { kinds: StaffExportKind[]; show: boolean }) {
  if (!show) return null;
  const t = await getTranslations("staffExport");
  return (
    <nav aria-label={t("label")} className="mb-4 flex flex-wrap gap-x-6 gap-y-1 text-body-s">
      {kinds.flatMap((kind) => [
        <a key={`${kind}-csv`} href={`/api/staff/export/${kind}?format=csv`} type="text/csv" download>
          {t("csv", { what: t(`kinds.${kind}`) })}
        </a>,
        <a key={`${kind}-xlsx`} href={`/api/staff/export/${kind}?format=xlsx`} download>
          {t("xlsx", { what: t(`kinds.${kind}`) })}
        </a>,
      ])}
    </nav>
  );
}
