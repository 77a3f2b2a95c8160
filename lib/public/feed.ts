import "server-only";
import { createTranslator } from "use-intl/core";
import { getDb } from "@/db/client";
import { publicationsForFeed, type Publication } from "@/db/queries/public/feed";
import type { LocalizedText } from "@/db/schema/common";
import { langOf, pick } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { publicStrategy } from "./content";
import { feedPath } from "./feed-path";
import { snapshotText } from "./history-diff";
import { publicLinks } from "./links";

/**
 * Atom feeds (RFC 4287) of what was published: the whole site, or one goal
 * with its priorities, measures and progress updates. Each entry is one
 * publication, as the public saw it then, linking to the item's page.
 */
const xml = (s: string) => s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
const isText = (v: unknown): v is LocalizedText => typeof v === "object" && v !== null && typeof (v as { fi?: unknown }).fi === "string";
const clip = (s: string, n: number) => (s.length > n ? `${s.slice(0, n - 1).trimEnd()}…` : s);

/** The search's word for each kind of published item (advocacy plans have their own). */
const kindKey: Record<string, string> = {
  goal: "publicSearch.types.goal",
  priority: "publicSearch.types.priority",
  measure: "publicSearch.types.measure",
  progress_update: "publicSearch.types.update",
  indicator: "publicSearch.types.indicator",
  euProject: "publicSearch.types.euProject",
  network: "publicSearch.types.network",
  advocacy_activity: "publicSearch.types.action",
  government_ask: "publicSearch.types.ask",
  advocacy_plan: "publicFeed.plan",
};

/** The page an entry links to (without the locale). */
export function publicationHref(p: Pick<Publication, "type" | "id" | "snapshot">): string {
  const s = p.snapshot;
  switch (p.type) {
    case "goal":
      return publicLinks.goal(p.id);
    case "priority":
      return typeof s.goalId === "string" ? publicLinks.priority(p.id, s.goalId) : "/";
    case "measure":
      return publicLinks.measure(p.id);
    case "progress_update":
      return typeof s.measureId === "string" ? publicLinks.measure(s.measureId) : "/";
    case "indicator":
      return publicLinks.indicator(p.id);
    case "euProject":
      return publicLinks.euProject(p.id);
    case "network":
      return publicLinks.network(p.id);
    case "advocacy_plan":
      return "/advocacy#plans";
    case "advocacy_activity":
      return publicLinks.action(p.id, typeof s.type === "string" ? s.type : null);
    case "government_ask":
      return publicLinks.ask(p.id);
    default:
      return "/";
  }
}


/** The feed as Atom XML, or null when the goal is not public. */
export async function atomFeed(options: { origin: string; locale: Locale; goalId?: string }): Promise<string | null> {
  const { origin, locale, goalId } = options;
  const data = await publicStrategy();
  const goal = goalId ? data.goals.find((g) => g.id === goalId) : undefined;
  if (goalId && !goal) return null;
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages }) as unknown as (key: string, values?: Record<string, string>) => string;
  const measureTitle = new Map(data.measures.map((m) => [m.id, m.title]));
  const publications = await publicationsForFeed(await getDb(), { goalId });
  const page = (path: string) => `${origin}/${locale}${path}`;
  const self = `${origin}${feedPath(locale, goalId)}`;
  const feedTitle = goal ? t("publicFeed.goalTitle", { goal: pick(goal.title, locale) }) : t("publicFeed.title");
  const updated = (publications[0]?.at ?? new Date(0)).toISOString();
  const host = new URL(origin).hostname;
  const entries = publications.map((p) => {
    const s = p.snapshot;
    const nameText = (p.type === "progress_update" && typeof s.measureId === "string" ? measureTitle.get(s.measureId) : undefined) ?? snapshotText(s);
    const name = pick(nameText, locale);
    // A text shown in another language than the feed's carries that language (WCAG 3.1.2):
    // the title as XHTML with the name in a span of its own, the summary with xml:lang.
    const nameLang = langOf(nameText, locale);
    // The text under the title (a plan's public summary is its title already).
    const summaryText = ["description", "summary", "body", "justification"].map((k) => s[k]).find(isText);
    const kind = t(kindKey[p.type] ?? "publicFeed.item");
    const title = nameLang
      ? `<title type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">${xml(kind)}: <span lang="${nameLang}" xml:lang="${nameLang}">${xml(clip(name, 200))}</span></div></title>`
      : `<title>${xml(`${kind}: ${clip(name, 200)}`)}</title>`;
    const summary = summaryText ? clip(pick(summaryText, locale), 600) : "";
    const summaryLang = langOf(summaryText, locale);
    return [
      "<entry>",
      `<id>tag:${xml(host)},2021:publication:${p.auditId}</id>`,
      title,
      `<updated>${p.at.toISOString()}</updated>`,
      `<published>${p.at.toISOString()}</published>`,
      `<link rel="alternate" type="text/html" href="${xml(page(publicationHref(p)))}"/>`,
      `<category term="${xml(p.type)}" label="${xml(t(kindKey[p.type] ?? "publicFeed.item"))}"/>`,
      summary ? `<summary${summaryLang ? ` xml:lang="${summaryLang}"` : ""}>${xml(summary)}</summary>` : "",
      "</entry>",
    ].join("");
  });
  return [
    `<?xml version="1.0" encoding="utf-8"?>`,
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${locale}">`,
    `<id>${xml(self)}</id>`,
    `<title>${xml(feedTitle)}</title>`,
    `<subtitle>${xml(t("publicFeed.subtitle"))}</subtitle>`,
    `<updated>${updated}</updated>`,
    `<author><name>${xml(t("publicFeed.author"))}</name></author>`,
    `<link rel="self" type="application/atom+xml" href="${xml(self)}"/>`,
    `<link rel="alternate" type="text/html" href="${xml(page(goal ? publicLinks.goal(goal.id) : ""))}"/>`,
    `<rights>CC BY 4.0</rights>`,
    ...entries,
    `</feed>`,
    "",
  ].join("\n");
}
