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
  const priority = data.priorities.find((p) => p.id === id);
  return priority ? { priority, data } : null;
}

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale; id: string }> }): Promise<Metadata> {
  const { locale, id } = await params;
  return embedMetadata(locale, (await load(id))?.priority.title);
}

/** A priority's progress for embedding: rolled up from the measures that serve it. */
export default async function EmbedPriority({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id } = await params;
  setRequestLocale(locale);
  const found = await load(id);
  if (!found) notFound();
  const { priority, data } = found;
  const goal = data.goals.find((g) => g.id === priority.goalId);
  const measures = data.measures.filter((m) => m.priorityIds.includes(priority.id));
  return <EmbedProgress kind="priority" title={priority.title} context={goal?.title} measures={measures} href={`/${locale}${publicLinks.priority(priority.id, priority.goalId)}`} locale={locale} />;
}
