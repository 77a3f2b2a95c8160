import type { LocalizedText } from "@/db/schema/common";
import type { Locale } from "./routing";

/** A content field in the reader's language, falling back to Finnish. */
export function pick(text: LocalizedText | null | undefined, locale: Locale): string {
  if (!text) return "";
  const value = text[locale];
  return value && value.trim() ? value : text.fi;
}

/** True when the text is shown in Finnish because the reader's language is missing. */
export function isFallback(text: LocalizedText | null | undefined, locale: Locale): boolean {
  if (!text || locale === "fi") return false;
  const value = text[locale];
  return !(value && value.trim());
}

/** The languages a publishable text still lacks (Finnish and Swedish are required by law). */
export function missingRequiredTranslations(text: LocalizedText | null | undefined): ("fi" | "sv")[] {
  const missing: ("fi" | "sv")[] = [];
  if (!text?.fi?.trim()) missing.push("fi");
  if (!text?.sv?.trim()) missing.push("sv");
  return missing;
}
