"use client";

import { ImportFlow } from "@/components/ui/ImportFlow";
import { useRouter } from "@/lib/i18n/navigation";

/** The shared import flow (CSV or .xlsx), pointed at the networks' import route. */
export function NetworksImport() {
  const router = useRouter();
  return <ImportFlow endpoint="/api/networks/import" onImported={() => router.refresh()} />;
}
