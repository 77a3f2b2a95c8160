import type { PublicStrategy } from "@/db/queries/public/strategy";
import type { LocalizedText } from "@/db/schema/common";
import { publicLinks } from "./links";

/**
 * Search over the published content, in all three languages at once: a
 * Finnish word finds the item on the Swedish site too. Every word of the
 * query must occur; matches in the title rank first. Accents are ignored
 * (ä = a) so that a query typed without them still finds.
 */
export const searchTypes = ["goal", "priority", "measure", "update", "indicator"] as const;
export type SearchType = (typeof searchTypes)[number];

export type SearchDoc = {
  type: SearchType;
  id: string;
  title: LocalizedText;
  summary: LocalizedText | null;
  href: string;
  status?: string;
  progress?: number;
  goalId?: string;
  date?: string | null;
  /** Normalised text of the title (all languages) and of everything else. */
  titleText: string;
  bodyText: string;
};

export type SearchQuery = { q: string; type?: SearchType; status?: string; goal?: string };

export function normalise(s: string): string {
  return s.normalize("NFKD").replace(/\p{M}/gu, "").toLowerCase();
}

const all = (...texts: (LocalizedText | null | undefined)[]) =>
  normalise(
    texts
      .filter(Boolean)
      .flatMap((t) => [t!.fi, t!.sv ?? "", t!.en ?? ""])
      .join(" \u0000 "),
  );

export function buildSearchIndex(data: PublicStrategy): SearchDoc[] {
  const measureTitle = new Map(data.measures.map((m) => [m.id, m.title]));
  const measureGoal = new Map(data.measures.map((m) => [m.id, m.goalId]));
  return [
    ...data.goals.map((g) => ({ type: "goal" as const, id: g.id, title: g.title, summary: g.description, href: publicLinks.goal(g.id), goalId: g.id, titleText: all(g.title), bodyText: all(g.description) })),
    ...data.priorities.map((p) => ({ type: "priority" as const, id: p.id, title: p.title, summary: p.description, href: publicLinks.priority(p.id, p.goalId), goalId: p.goalId, titleText: all(p.title), bodyText: all(p.description) })),
    ...data.measures.map((m) => ({
      type: "measure" as const,
      id: m.id,
      title: m.title,
      summary: m.description,
      href: publicLinks.measure(m.id),
      status: m.status,
      progress: m.progress,
      goalId: m.goalId,
      date: m.dueDate,
      titleText: all(m.title),
      bodyText: all(m.description, ...m.milestones.map((s) => s.title)),
    })),
    ...data.updates.map((u) => ({
      type: "update" as const,
      id: u.id,
      title: measureTitle.get(u.measureId) ?? { fi: "" },
      summary: u.body,
      href: publicLinks.measure(u.measureId),
      goalId: measureGoal.get(u.measureId),
      date: u.date,
      titleText: "",
      bodyText: all(u.body),
    })),
    ...data.indicators.map((i) => ({ type: "indicator" as const, id: i.id, title: i.title, summary: i.description, href: publicLinks.indicator(i.id), titleText: all(i.title), bodyText: all(i.description) })),
  ];
}

/** Matching documents, best first; an empty query with filters lists everything that passes them. */
export function search(index: SearchDoc[], query: SearchQuery): SearchDoc[] {
  const words = normalise(query.q).split(/\s+/).filter(Boolean).slice(0, 10);
  const scored: { doc: SearchDoc; score: number; order: number }[] = [];
  index.forEach((doc, order) => {
    if (query.type && doc.type !== query.type) return;
    if (query.status && doc.status !== query.status) return;
    if (query.goal && doc.goalId !== query.goal) return;
    let score = 0;
    for (const w of words) {
      if (doc.titleText.includes(w)) score += 2;
      else if (doc.bodyText.includes(w)) score += 1;
      else return;
    }
    scored.push({ doc, score, order });
  });
  return scored.sort((a, b) => b.score - a.score || a.order - b.order).map((s) => s.doc);
}
