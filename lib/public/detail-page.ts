import "server-only";
import { cache } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { getDb, type Db } from "@/db/client";
import type { LocalizedText } from "@/db/schema/common";
import { isUuid } from "@/lib/ids";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

export type IdParams = { params: Promise<{ locale: Locale; id: string }> };

/**
 * The one way a public item page (`/<kind>/<id>`) reads its item: `load`
 * (a public read from db/queries/…) once per request for the title and the
 * page; an id that is not a uuid, or an item that is not public, is not found.
 *
 * ```ts
 * const detail = publicDetail(getPublicIndicator, (d) => d.indicator.title);
 * export const generateMetadata = detail.generateMetadata;
 * export default async function Page(props: IdParams) { const { locale, data, db } = await detail.open(props); … }
 * ```
 */
export function publicDetail<T>(load: (db: Db, id: string) => Promise<T | null | undefined>, title: (data: T) => LocalizedText) {
  const get = cache(async (id: string) => (isUuid(id) ? ((await load(await getDb(), id)) ?? null) : null));
  return {
    async generateMetadata({ params }: IdParams): Promise<Metadata> {
      const { locale, id } = await params;
      const data = await get(id);
      return data ? { title: pick(title(data), locale) } : {};
    },
    /** The page's locale and public item (not found otherwise), with the database for its other reads. */
    async open({ params }: IdParams) {
      const { locale, id } = await params;
      setRequestLocale(locale);
      const data = await get(id);
      if (!data) notFound();
      return { locale, data, db: await getDb() };
    },
  };
}
