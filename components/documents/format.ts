import { intlLocale, numberFormat } from "@/lib/i18n/formatters";
/** A file size for people: kB below one megabyte, else MB with one decimal. */
export function fileSize(bytes: number, locale: string): { key: "size" | "sizeMb"; params: { kb?: string; mb?: string } } {
  const nf = (n: number, digits: number) => numberFormat(intlLocale(locale), { maximumFractionDigits: digits }).format(n);
  if (bytes < 1024 * 1024) return { key: "size", params: { kb: nf(Math.max(1, Math.round(bytes / 1024)), 0) } };
  return { key: "sizeMb", params: { mb: nf(bytes / 1024 / 1024, 1) } };
}

/** The download address of one version (app/api/documents/[versionId]/route.ts). */
export const downloadHref = (versionId: string) => `/api/documents/${versionId}`;
