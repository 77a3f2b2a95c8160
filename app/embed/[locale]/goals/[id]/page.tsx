import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { setRequestLocale } from "next-intl/server";
import { EmbedProgress } from "@/components/public/EmbedProgress";
import type { Locale } from "@/lib/i18n/routing";
import { publicStrategy } from "@/lib/public/content";
import { embedMetadata } from "@/lib/public/embed-metadata";
import { publicLinks } from "@/lib/public/links";

async function load(id: string) {
  const data = await publicStrategy();
  const goal = data.goals.find((g) => g.id === id);
  return goal ? { goal, data } : null;
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale; id: string }> }): Promise<Metadata> {
  const { locale, id } = await params;
  return embedMetadata(locale, (await load(id))?.goal.title);
}

/** A goal's progress for embedding: rolled up from its measures, with its priorities. */
export default async function EmbedGoal({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const found = await load(id);
  if (!found) notFound();
  const { goal, data } = found;
  const measures = data.measures.filter((m) => m.goalId === goal.id);
  const parts = data.priorities.filter((p) => p.goalId === goal.id).map((p) => ({ id: p.id, title: p.title, measures: measures.filter((m) => m.priorityIds.includes(p.id)) }));
  const period = data.periods.find((p) => p.id === goal.periodId);
  return <EmbedProgress kind="goal" title={goal.title} context={period?.name} measures={measures} parts={parts} href={`/${locale}${publicLinks.goal(goal.id)}`} locale={locale} />;
}
