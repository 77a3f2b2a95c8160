import { intlLocale } from "@/lib/i18n/formatters";
import { displayNamesOf } from "@/lib/i18n/formatters";

/** Countries offered in the network form (ISO 3166-1 alpha-2); names come from Intl in the reader's language. */
export const countryCodes = [
  "AT", "BE", "BG", "HR", "CY", "CZ", "DK", "EE", "FI", "FR", "DE", "GR", "HU", "IE", "IT", "LV", "LT", "LU", "MT", "NL", "PL", "PT", "RO", "SK", "SI", "ES", "SE",
  "IS", "NO", "CH", "GB", "UA", "MD", "GE", "RS", "TR", "RU", "BY",
  "US", "CA", "MX", "BR", "CN", "JP", "KR", "IN", "SG", "AU", "NZ", "ZA", "KE", "EG", "AE", "IL",
] as const;

export function countryName(code: string | null | undefined, locale: string): string {
  if (!code) return "";
  try {
    return displayNamesOf(intlLocale(locale), { type: "region" }).of(code) ?? code;
  } catch {
    return code;
  }
}
