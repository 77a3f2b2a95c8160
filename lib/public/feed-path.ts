import type { Locale } from "@/lib/i18n/routing";

/** The address of an Atom feed of what was published (without the origin): the whole site, or one goal. */
export const feedPath = (locale: Locale, goalId?: string) => (goalId ? `/api/public/feeds/goals/${goalId}/${locale}.atom` : `/api/public/feeds/${locale}.atom`);
