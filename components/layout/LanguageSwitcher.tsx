"use client";

import { useSearchParams } from "next/navigation";
import { Link, usePathname } from "@/lib/i18n/navigation";
import { locales, type Locale } from "@/lib/i18n/routing";

const names: Record<Locale, string> = { fi: "Suomi", sv: "Svenska", en: "English" };

/** Switch language and stay on the same page (and the same filters). */
export function LanguageSwitcher({ current, label }: { current: Locale; label: string }) {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  const href = search ? `${pathname}?${search}` : pathname;
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3">
        {locales.map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale} className="font-bold underline decoration-2 underline-offset-4">
                {names[locale]}
              </span>
            ) : (
              <Link href={href} locale={locale} lang={locale} hrefLang={locale}>
                {names[locale]}
              </Link>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
