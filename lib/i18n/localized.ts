import type { LocalizedText } from "@/db/schema/common";
import { isLocale, type Locale } from "./routing";

/** A content field in the reader's language, falling back to Finnish. */
export function pick(text: LocalizedText | null | undefined, locale: Locale): string {
  return pickWithLang(text, locale).value;
}

/**
 * The same read, with the language actually used: the reader's when the
 * translation exists, else Finnish. What is rendered in another language than
 * the page's must carry that language's `lang` (WCAG 3.1.2): render through
 * `<LocalizedText>` (components/public/LocalizedText.tsx), which does so.
 */
export function pickWithLang(text: LocalizedText | null | undefined, locale: Locale): { value: string; lang: Locale } {
  if (!text) return { value: "", lang: locale };
  const value = text[locale];
  return value && value.trim() ? { value, lang: locale } : { value: text.fi, lang: "fi" };
}

/** True when the text is shown in Finnish because the reader's language is missing. */
export function isFallback(text: LocalizedText | null | undefined, locale: Locale): boolean {
  return Boolean(text) && pickWithLang(text, locale).lang !== locale;
}

/** The languages a publishable text still lacks (Finnish and Swedish are required by law). */
export function missingRequiredTranslations(text: LocalizedText | null | undefined): ("fi" | "sv")[] {
  const missing: ("fi" | "sv")[] = [];
  if (!text?.fi?.trim()) missing.push("fi");
  if (!text?.sv?.trim()) missing.push("sv");
  return missing;
}

/**
 * A UI word in lower case by the page language's rules ("Myöhässä" → "myöhässä").
 * Only a supported locale reaches `toLocaleLowerCase`: anything else (an empty or
 * malformed locale from an odd address) would throw "Incorrect locale information
 * provided" (RangeError) and take the page down; it falls back to Finnish rules.
 */
export function lowerCaseIn(text: string, locale: string | null | undefined): string {
  return text.toLocaleLowerCase(isLocale(locale) ? locale : "fi");
}

/**
 * The `lang` attribute for a text shown where no element of its own can be added
 * (an `<option>`, a breadcrumb, an attribute-only spot): the text's language when
 * it falls back, else nothing (the page's language applies).
 */
export function langOf(text: LocalizedText | null | undefined, locale: Locale): Locale | undefined {
  const { lang } = pickWithLang(text, locale);
  return text && lang !== locale ? lang : undefined;
}
