import { getTranslations } from "next-intl/server";
import type { Locale } from "@/lib/i18n/routing";
import { feedPath } from "@/lib/public/feed-path";

/** A visible link to an Atom feed (the page's <head> advertises it too). */
export async function FeedLink({ locale, goalId }: { locale: Locale; goalId?: string }) {
  const t = await getTranslations("publicFeed");
  return (
    <p className="mb-6 text-body-s">
      <a href={feedPath(locale, goalId)} type="application/atom+xml">
        {goalId ? t("subscribeGoal") : t("subscribe")}
      </a>
    </p>
  );
}
