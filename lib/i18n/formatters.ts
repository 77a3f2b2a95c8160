/**
 * Intl formatters kept per process and reused: building one (`new Intl.DateTimeFormat(…)`)
 * costs far more than formatting with it — the staff start page built one per date it showed,
 * ~12 ms of its server time (issue 17). Keyed by the locale tag and the options; a formatter
 * holds no state between calls, so sharing one is safe.
 */
/** The Intl locale of an app language: Finnish and Swedish as written in Finland, English in European (British) form, never US. */
export function intlLocale(locale: string): string {
  return locale === "fi" ? "fi-FI" : locale === "sv" ? "sv-FI" : "en-GB";
}

const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
const numberFormats = new Map<string, Intl.NumberFormat>();
const displayNames = new Map<string, Intl.DisplayNames>();

function kept<F>(store: Map<string, F>, tag: string, options: object, make: () => F): F {
  const key = `${tag}|${JSON.stringify(options)}`;
  let format = store.get(key);
  if (!format) store.set(key, (format = make()));
  return format;
}

export function dateTimeFormat(tag: string, options: Intl.DateTimeFormatOptions = {}): Intl.DateTimeFormat {
  return kept(dateTimeFormats, tag, options, () => new Intl.DateTimeFormat(tag, options));
}

export function numberFormat(tag: string, options: Intl.NumberFormatOptions = {}): Intl.NumberFormat {
  return kept(numberFormats, tag, options, () => new Intl.NumberFormat(tag, options));
}

export function displayNamesOf(tag: string, options: Intl.DisplayNamesOptions): Intl.DisplayNames {
  return kept(displayNames, tag, options, () => new Intl.DisplayNames([tag], options));
}
