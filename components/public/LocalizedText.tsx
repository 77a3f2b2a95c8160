import type { LocalizedText as Text } from "@/db/schema/common";
import { pickWithLang } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

type Tag = "span" | "p" | "div" | "h1" | "h2" | "h3" | "dd" | "li" | "strong";

/**
 * The one way a content text reaches a page: in the reader's language, and
 * when it is shown in another language (Finnish, because the translation is
 * missing, or a Finnish-only name such as a consultation) it carries that
 * language's `lang`, so that a screen reader pronounces it right (WCAG 3.1.2).
 */
export function LocalizedText({ text, locale, as: Tag = "span", className }: { text: Text | null | undefined; locale: Locale; as?: Tag; className?: string }) {
  if (!text) return null;
  const { value, lang } = pickWithLang(text, locale);
  if (lang === locale && Tag === "span" && !className) return <>{value}</>;
  return (
    <Tag lang={lang === locale ? undefined : lang} className={className}>
      {value}
    </Tag>
  );
}

/** Several content texts in a run ("Climate, Economy"), each with its own `lang` when it falls back. */
export function LocalizedList({ texts, locale, separator = ", " }: { texts: (Text | null | undefined)[]; locale: Locale; separator?: string }) {
  const shown = texts.filter((t): t is Text => Boolean(t && pickWithLang(t, locale).value));
  return (
    <>
      {shown.map((text, i) => (
        <span key={i}>
          {i ? separator : null}
          <LocalizedText text={text} locale={locale} />
        </span>
      ))}
    </>
  );
}
