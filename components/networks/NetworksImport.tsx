"use client";

import { CsvImport } from "@/components/ui/CsvImport";
import { useRouter } from "@/lib/i18n/navigation";

/** The shared CSV import form, pointed at the networks' import route. */
export function NetworksImport() {
  const router = useRouter();
  return <CsvImport endpoint="/api/networks/import" onImported={() => router.refresh()} />;
}
