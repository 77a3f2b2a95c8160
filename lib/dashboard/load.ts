import "server-only";
import { createTranslator } from "next-intl";
import type { Db } from "@/db/client";
import { advocacyFigures } from "@/db/queries/advocacy/dashboard";
import { fundingFigures } from "@/db/queries/funding/dashboard";
import { networksFigures } from "@/db/queries/networks/dashboard";
import { dashboardOutline, strategyFigures, type DashboardOutline } from "@/db/queries/strategy/dashboard";
import { pick } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import { formatDay, type Locale, type Translate } from "./format";
import type { Briefing, Section } from "./model";
import { advocacySection, evaluationSection } from "@/lib/advocacy/dashboard-section";
import { fundingSection } from "@/lib/funding/dashboard-section";
import { networksSection } from "@/lib/networks/dashboard-section";
import { strategySection } from "@/lib/strategy/dashboard-section";

/** The dashboard's filters as they come in the URL query. */
export type DashboardQuery = Record<string, string | string[] | undefined>;

export type DashboardScope = { periodId: string; goalId?: string };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v)?.trim() || undefined;

/**
 * The period and goal to show: those asked for in the URL when they exist,
 * otherwise the period that includes this year (or the latest one). A goal
 * of another period is ignored rather than showing an empty page.
 */
export function resolveScope(outline: DashboardOutline, query: DashboardQuery, today: string): DashboardScope | null {
  if (!outline.periods.length) return null;
  const year = Number(today.slice(0, 4));
  const asked = outline.periods.find((p) => p.id === first(query.period));
  const current = outline.periods.filter((p) => p.startYear <= year && year <= p.endYear).at(-1);
  const period = asked ?? current ?? outline.periods.at(-1)!;
  const goal = outline.goals.find((g) => g.id === first(query.goal) && g.periodId === period.id);
  return { periodId: period.id, goalId: goal?.id };
}

/** Translators for the dashboard's own strings and for measure statuses, in any language (also outside a page request). */
export async function dashboardTranslators(locale: Locale): Promise<{ t: Translate; tStatus: Translate }> {
  const messages = await loadMessages(locale);
  const t = createTranslator({ locale, messages, namespace: "dashboard" }) as unknown as Translate;
  const tStatus = createTranslator({ locale, messages, namespace: "status" }) as unknown as Translate;
  return { t, tStatus };
}

/** A keeper of read results (the pages pass `cachedUntilWrite`, lib/summary-cache.ts); by default every read runs. */
type Cache = <T>(key: string, read: () => Promise<T>) => Promise<T>;

export type LoadedBriefing = { briefing: Briefing; outline: DashboardOutline; scope: DashboardScope };

/** Everything the dashboard, the HTML briefing and the PDF show, for one period (and goal) in one language. */
export async function loadBriefing(
  db: Db,
  o: { locale: Locale; query: DashboardQuery; today: string; staleAfterDays: number; cache?: Cache },
): Promise<LoadedBriefing | null> {
  const cache: Cache = o.cache ?? ((_key, read) => read());
  const outline = await cache("dashboard-outline", () => dashboardOutline(db));
  const scope = resolveScope(outline, o.query, o.today);
  if (!scope) return null;
  const { t, tStatus } = await dashboardTranslators(o.locale);
  const period = outline.periods.find((p) => p.id === scope.periodId)!;
  const goal = scope.goalId ? outline.goals.find((g) => g.id === scope.goalId) : undefined;
  const goalTitles = new Map(outline.goals.map((g) => [g.id, g.title]));

  const [strategy, funding, advocacy, networks] = await cache(`dashboard-figures:${JSON.stringify([scope, o.today, o.staleAfterDays])}`, () =>
    Promise.all([
      strategyFigures(db, { ...scope, today: o.today, staleAfterDays: o.staleAfterDays }),
      fundingFigures(db, scope, outline),
      advocacyFigures(db, scope, o.today),
      networksFigures(db),
    ]),
  );
  const ctx = { t, locale: o.locale, goalTitles };
  const sections: Section[] = [
    strategySection(strategy, { ...ctx, tStatus, staleAfterDays: o.staleAfterDays, periodId: scope.periodId, goalId: scope.goalId }),
    fundingSection(funding, ctx),
    networksSection(networks, ctx),
    advocacySection(advocacy, ctx),
    evaluationSection(advocacy, ctx),
  ];

  const periodName = pick(period.name, o.locale);
  const goalName = goal ? pick(goal.title, o.locale) : undefined;
  const date = formatDay(o.today, o.locale);
  return {
    outline,
    scope,
    briefing: {
      locale: o.locale,
      city: t("city"),
      title: t("briefingTitle"),
      period: periodName,
      goal: goalName,
      date,
      scopeLine: [t("scope.period", { period: periodName }), goalName ? t("scope.goal", { goal: goalName }) : t("scope.allGoals"), t("scope.date", { date })].join(" · "),
      sections,
      labels: { showTable: t("showTable"), table: t("numbersTable"), page: t("pdf.page"), of: t("pdf.of"), notes: t("notes"), generated: t("pdf.generated", { date }) },
    },
  };
}

/** The scope as a URL query (for links to the PDF and the printable briefing). */
export function scopeQuery(scope: DashboardScope): string {
  const q = new URLSearchParams({ period: scope.periodId });
  if (scope.goalId) q.set("goal", scope.goalId);
  return q.toString();
}
