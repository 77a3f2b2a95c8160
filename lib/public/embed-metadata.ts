import type { Metadata } from "next";
import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";

/** An embed's document title (the item's name, or "not found" when `title` is missing); embeds are never indexed. */
export async function embedMetadata(locale: Locale, title: LocalizedText | null | undefined): Promise<Metadata> {
  const t = await getTranslations({ locale, namespace: "embed" });
  return { title: { absolute: title ? t("documentTitle", { name: pick(title, locale) }) : t("notFound") }, robots: { index: false } };
}
