import type { ComponentProps } from "react";
import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { EmbedProgress } from "@/components/public/EmbedProgress";
import type { PublicStrategy } from "@/db/queries/public/strategy";
import type { Locale } from "@/lib/i18n/routing";
import { publicStrategy } from "@/lib/public/content";
import { embedMetadata } from "@/lib/public/embed-metadata";
import { publicLinks } from "@/lib/public/links";

type View = Omit<ComponentProps<typeof EmbedProgress>, "kind" | "locale">;
type Params = { params: Promise<{ locale: Locale; id: string }> };

/** What each embeddable kind shows, from the public strategy; null when the item is not public. */
const views: Record<"goal" | "priority", (data: PublicStrategy, id: string) => View | null> = {
  /** A goal's progress: rolled up from its measures, with its priorities. */
  goal(data, id) {
    const goal = data.goals.find((g) => g.id === id);
    if (!goal) return null;
    const measures = data.measures.filter((m) => m.goalId === goal.id);
    const parts = data.priorities.filter((p) => p.goalId === goal.id).map((p) => ({ id: p.id, title: p.title, measures: measures.filter((m) => m.priorityIds.includes(p.id)) }));
    return { title: goal.title, context: data.periods.find((p) => p.id === goal.periodId)?.name, measures, parts, href: publicLinks.goal(goal.id) };
  },
  /** A priority's progress: rolled up from the measures that serve it. */
  priority(data, id) {
    const priority = data.priorities.find((p) => p.id === id);
    if (!priority) return null;
    const measures = data.measures.filter((m) => m.priorityIds.includes(priority.id));
    return { title: priority.title, context: data.goals.find((g) => g.id === priority.goalId)?.title, measures, href: publicLinks.priority(priority.id, priority.goalId) };
  },
};

/** The one embed page of a strategy item (`/embed/<locale>/<kind>s/<id>`): its metadata and its page. */
export function strategyEmbedPage(kind: keyof typeof views) {
  const load = async (id: string) => views[kind](await publicStrategy(), id);
  return {
    async generateMetadata({ params }: Params): Promise<Metadata> {
      const { locale, id } = await params;
      return embedMetadata(locale, (await load(id))?.title);
    },
    async Page({ params }: Params) {
      const { locale, id } = await params;
      setRequestLocale(locale);
      const view = await load(id);
      if (!view) notFound();
      return <EmbedProgress kind={kind} {...view} href={`/${locale}${view.href}`} locale={locale} />;
    },
  };
}
