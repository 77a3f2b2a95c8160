import "server-only";
import { createTranslator } from "next-intl";
import type { Db } from "@/db/client";
import { advocacyFigures, upcomingConsultations } from "@/db/queries/advocacy/dashboard";
import { fundingFigures, fundingWatch } from "@/db/queries/funding/dashboard";
import { commentariesFor, type Commentaries } from "@/db/queries/dashboard/commentary";
import { atRiskMeasures, changesSince, lateMeasures, roundsForBaseline, type Baseline } from "@/db/queries/strategy/dashboard-watch";
import { addDays } from "@/lib/dates";
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
import { changesSection, watchSection, WATCH_DAYS, WATCH_LIMIT, type ChangesData } from "./watch-section";

/** The dashboard's filters as they come in the URL query. */
export type DashboardQuery = Record<string, string | string[] | undefined>;

export type DashboardScope = { periodId: string; goalId?: string; /** "changed since": a day (YYYY-MM-DD) or "round:<id>"; none = the latest round, else four weeks back. */ since?: string };

/** With no round to compare with, "changed since" looks this many days back. */
export const DEFAULT_SINCE_DAYS = 28;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const validDay = (s: string) => DAY.test(s) && !Number.isNaN(Date.parse(`${s}T00:00:00Z`)) && new Date(`${s}T00:00:00Z`).toISOString().startsWith(s);

type BaselineRound = Awaited<ReturnType<typeof roundsForBaseline>>[number];

/** The baseline of "changed since" asked for in the URL (a valid past day or one of the period's rounds), else the latest round, else four weeks back. */
export function resolveBaseline(since: string | undefined, rounds: BaselineRound[], today: string): { baseline: Baseline; since: ChangesData["since"]; asked?: string } {
  const round = since?.startsWith("round:") ? rounds.find((r) => `round:${r.id}` === since) : undefined;
  if (round) return { baseline: { kind: "round", roundId: round.id, cutOffDate: round.cutOffDate }, since: { kind: "round", name: round.name, cutOffDate: round.cutOffDate }, asked: since };
  if (since && validDay(since) && since <= today) return { baseline: { kind: "date", date: since }, since: { kind: "date", date: since }, asked: since };
  const latest = rounds[0];
  if (latest) return { baseline: { kind: "round", roundId: latest.id, cutOffDate: latest.cutOffDate }, since: { kind: "round", name: latest.name, cutOffDate: latest.cutOffDate } };
  const date = addDays(today, -DEFAULT_SINCE_DAYS);
  return { baseline: { kind: "date", date }, since: { kind: "date", date } };
}

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
  // The form sends a round and a day under one name; a day typed in wins.
  const since = [query.since].flat().map((v) => v?.trim()).filter(Boolean).at(-1);
  return { periodId: period.id, goalId: goal?.id, ...(since ? { since } : {}) };
}

type Translators = { t: Translate; tStatus: Translate; tFlags: Translate };
const translators = new Map<Locale, Promise<Translators>>();

/**
 * Translators for the dashboard's own strings and for measure statuses, in any language (also outside a page request).
 * Made once per language and process (the strings are the process's, lib/i18n/messages.ts), so a message's parsed
 * form is kept too instead of being parsed again on every request.
 */
export function dashboardTranslators(locale: Locale): Promise<Translators> {
  let kept = translators.get(locale);
  if (!kept) {
    kept = loadMessages(locale).then((messages) => ({
      t: createTranslator({ locale, messages, namespace: "dashboard" }) as unknown as Translate,
      tStatus: createTranslator({ locale, messages, namespace: "status" }) as unknown as Translate,
      tFlags: createTranslator({ locale, messages, namespace: "strategyFlags" }) as unknown as Translate,
    }));
    translators.set(locale, kept);
    kept.catch(() => translators.delete(locale));
  }
  return kept;
}

/** A keeper of read results (the pages pass `cachedUntilWrite`, lib/summary-cache.ts); by default every read runs. */
type Cache = <T>(key: string, read: () => Promise<T>) => Promise<T>;

export type LoadedBriefing = { briefing: Briefing; outline: DashboardOutline; scope: DashboardScope; rounds: BaselineRound[]; /** The coordinators' commentary per section (with its version, for the form). */ commentaries: Commentaries };

/** Everything the dashboard, the HTML briefing and the PDF show, for one period (and goal) in one language. */
export async function loadBriefing(
  db: Db,
  o: { locale: Locale; query: DashboardQuery; today: string; staleAfterDays: number; cache?: Cache },
): Promise<LoadedBriefing | null> {
  const cache: Cache = o.cache ?? ((_key, read) => read());
  const outline = await cache("dashboard-outline", () => dashboardOutline(db));
  const scope = resolveScope(outline, o.query, o.today);
  if (!scope) return null;
  const { t, tStatus, tFlags } = await dashboardTranslators(o.locale);
  const period = outline.periods.find((p) => p.id === scope.periodId)!;
  const goal = scope.goalId ? outline.goals.find((g) => g.id === scope.goalId) : undefined;
  const goalTitles = new Map(outline.goals.map((g) => [g.id, g.title]));

  const [strategy, funding, advocacy, networks] = await cache(`dashboard-figures:${JSON.stringify([scope.periodId, scope.goalId, o.today, o.staleAfterDays])}`, () =>
    Promise.all([
      strategyFigures(db, { ...scope, today: o.today, staleAfterDays: o.staleAfterDays }),
      fundingFigures(db, scope, outline),
      advocacyFigures(db, scope, o.today),
      networksFigures(db),
    ]),
  );
  const rounds = await cache(`dashboard-rounds:${scope.periodId}:${o.today}`, () => roundsForBaseline(db, scope.periodId, o.today));
  const changed = resolveBaseline(scope.since, rounds, o.today);
  if (!changed.asked) delete scope.since;
  const watchScope = { periodId: scope.periodId, goalId: scope.goalId, today: o.today };
  const until = addDays(o.today, WATCH_DAYS);
  const [late, atRisk, fundingLists, consultations, changes] = await cache(`dashboard-watch:${JSON.stringify([watchScope, changed.baseline])}`, () =>
    Promise.all([
      lateMeasures(db, watchScope, WATCH_LIMIT),
      atRiskMeasures(db, { ...watchScope, until }, WATCH_LIMIT),
      fundingWatch(db, o.today, WATCH_LIMIT),
      upcomingConsultations(db, { ...scope, today: o.today, until }, WATCH_LIMIT),
      changesSince(db, watchScope, changed.baseline, WATCH_LIMIT),
    ]),
  );
  // Read fresh each time (small: one row per section), so a coordinator sees their save at once.
  const commentaries = await commentariesFor(db, scope.periodId, scope.goalId ?? "");
  const ctx = { t, locale: o.locale, goalTitles };
  const watchCtx = { t, tStatus, tFlags, locale: o.locale, today: o.today, periodId: scope.periodId, goalId: scope.goalId };
  // The sections as written (every figure formatted) are the same for every reader of this language and scope: kept like the figures they are made of.
  const written = await cache(`dashboard-sections:${JSON.stringify([o.locale, scope.periodId, scope.goalId, o.today, o.staleAfterDays, changed.baseline, changed.since])}`, async (): Promise<Section[]> => [
    watchSection({ late, atRisk, ...fundingLists, consultations }, watchCtx),
    changesSection({ since: changed.since, changes }, watchCtx),
    strategySection(strategy, { ...ctx, tStatus, staleAfterDays: o.staleAfterDays, periodId: scope.periodId, goalId: scope.goalId }),
    fundingSection(funding, ctx),
    networksSection(networks, ctx),
    advocacySection(advocacy, ctx),
    evaluationSection(advocacy, ctx),
  ]);
  // Kept sections are shared: the commentary goes on a copy.
  const sections = written.map((section) => (commentaries[section.id]?.body ? { ...section, commentary: commentaries[section.id]!.body } : section));

  const periodName = pick(period.name, o.locale);
  const goalName = goal ? pick(goal.title, o.locale) : undefined;
  const date = formatDay(o.today, o.locale);
  return {
    outline,
    scope,
    rounds,
    commentaries,
    briefing: {
      locale: o.locale,
      city: t("city"),
      title: t("briefingTitle"),
      period: periodName,
      goal: goalName,
      date,
      scopeLine: [t("scope.period", { period: periodName }), goalName ? t("scope.goal", { goal: goalName }) : t("scope.allGoals"), t("scope.date", { date })].join(" · "),
      sections,
      labels: { showTable: t("showTable"), table: t("numbersTable"), page: t("pdf.page"), of: t("pdf.of"), notes: t("notes"), generated: t("pdf.generated", { date }), commentary: t("commentary.label") },
    },
  };
}

/** The scope as a URL query (for links to the PDF and the printable briefing). */
export function scopeQuery(scope: DashboardScope): string {
  const q = new URLSearchParams({ period: scope.periodId });
  if (scope.goalId) q.set("goal", scope.goalId);
  if (scope.since) q.set("since", scope.since);
  return q.toString();
}
