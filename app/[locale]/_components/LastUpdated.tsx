import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { lastPublishedAt, type LastUpdatedType } from "@/db/queries/public/feed";
import type { Locale } from "@/lib/i18n/routing";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { todayInHelsinki } from "@/lib/dates";

/** When the public version of an item was last published (its Helsinki calendar day), shown on every public item page. */
export async function LastUpdated({ type, id, locale }: { type: LastUpdatedType; id: string; locale: Locale }) {
  const at = await lastPublishedAt(await getDb(), type, id);
  if (!at) return null;
  const t = await getTranslations("publicSite");
  return (
    <p className="mb-4 text-body-s text-muted" data-testid="last-updated">
      {t("lastUpdated")} <time dateTime={at.toISOString()}>{formatFlexibleDate(todayInHelsinki(at), "day", locale)}</time>
    </p>
  );
}
