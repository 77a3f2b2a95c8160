import type { LocalizedText as Text } from "@/db/schema/common";
import { isFallback, pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/**
 * A content text in the reader's language; when it is shown in Finnish
 * because the translation is missing, it is marked lang="fi" so that a
 * screen reader pronounces it right (WCAG 3.1.2).
 */
export function LocalizedText({ text, locale, as: Tag = "span", className }: { text: Text | null | undefined; locale: Locale; as?: "span" | "p" | "div"; className?: string }) {
  if (!text) return null;
  return (
    <Tag lang={isFallback(text, locale) ? "fi" : undefined} className={className}>
      {pick(text, locale)}
    </Tag>
  );
}
