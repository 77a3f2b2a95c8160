import type { LocalizedText } from "@/db/schema/common";
import { lowerCaseIn, pick } from "@/lib/i18n/localized";
import { formatFlexibleDate, type Precision } from "@/lib/strategy/dates";
import { lateReason } from "@/lib/strategy/flags";
import { formatCount, formatDay, formatProgress, listHref, type Locale, type Translate } from "./format";
import type { ListBlock, Section } from "./model";

/**
 * The briefing's first two sections, for a board meeting: what needs
 * attention (late and at-risk measures, overdue EU reports, open audit
 * findings, consultation deadlines in the coming weeks) and what changed
 * since a chosen day or reporting round. Each list is bounded: the first few
 * items, how many there are in all and a link to the whole filtered list.
 */
export const WATCH_LIMIT = 5;
/** "At risk" and "consultation deadlines" look this many days ahead. */
export const WATCH_DAYS = 42;

type Measure = { id: string; title: LocalizedText; status: string; progress: number; dueDate: string | null; duePrecision: Precision; milestoneEnd: string | null };
type List<T> = { total: number; items: T[] };
type Titled = { projectId: string; acronym: string | null; name: LocalizedText; id: string; title: string; date: string | null };

export type WatchData = {
  late: List<Measure>;
  atRisk: List<Measure>;
  overdueReports: List<Titled>;
  openAudits: List<Titled & { findings: string | null }>;
  consultations: List<{ id: string; title: LocalizedText; ministry: string | null; deadline: string }>;
};
export type ChangesData = {
  /** How the baseline reads: a day or a round's name with its cut-off. */
  since: { kind: "date"; date: string } | { kind: "round"; name: LocalizedText; cutOffDate: string };
  changes: Record<"new" | "progressed" | "newlyLate" | "completed", List<Measure>>;
};

type Ctx = { t: Translate; tStatus: Translate; tFlags: Translate; locale: Locale; today: string; periodId: string; goalId?: string };

function list(id: string, title: string, data: List<{ label: string; detail?: string; href?: string }>, o: { t: Translate; locale: Locale; description?: string; more: string; empty: string }): ListBlock {
  const n = (v: number) => formatCount(v, o.locale);
  const shown = data.items.length;
  return {
    kind: "list",
    id,
    title,
    description: o.description,
    count: shown < data.total ? o.t("watch.countOf", { shown: n(shown), total: n(data.total) }) : n(data.total),
    total: data.total,
    items: data.items,
    more: data.total > shown ? { label: o.t("watch.more", { total: n(data.total) }), href: o.more } : undefined,
    empty: o.empty,
  };
}

const measureHref = (id: string) => `/staff/strategy/measures/${id}`;
const projectLabel = (r: Titled, locale: Locale) => (r.acronym ? `${r.acronym} – ${pick(r.name, locale)}` : pick(r.name, locale));

/** "Reported on schedule — due 06/2022 passed · 40 %" for a late measure; "due 30.6.2024 · 40 %" for one at risk. */
function measureDetail(m: Measure, c: Ctx, late: boolean): string {
  const status = lowerCaseIn(c.tStatus(m.status), c.locale);
  const progress = formatProgress(m.progress, c.locale);
  if (late) {
    const reason = lateReason({ status: m.status, dueDate: m.dueDate, duePrecision: m.duePrecision, milestones: m.milestoneEnd ? [{ dueDate: m.milestoneEnd, duePrecision: "day", state: "planned" }] : [] }, c.today);
    const text =
      !reason || reason.kind === "reported"
        ? c.t("watch.reportedLate")
        : c.tFlags(reason.kind === "due" ? "reportedDue" : "reportedMilestone", { status, date: formatFlexibleDate(reason.date, reason.precision, c.locale) });
    return `${text} · ${progress}`;
  }
  const dueEnd = m.dueDate;
  const next =
    m.milestoneEnd && (!dueEnd || m.milestoneEnd < dueEnd)
      ? c.t("watch.milestoneOn", { date: formatFlexibleDate(m.milestoneEnd, "day", c.locale) })
      : c.t("watch.dueOn", { date: formatFlexibleDate(m.dueDate, m.duePrecision, c.locale) });
  return `${c.tStatus(m.status)} · ${next} · ${progress}`;
}

export function watchSection(d: WatchData, c: Ctx): Section {
  const { t, locale } = c;
  const scope = { period: c.periodId, goal: c.goalId };
  const weeks = Math.round(WATCH_DAYS / 7);
  const measures = (l: List<Measure>, late: boolean) => ({ total: l.total, items: l.items.map((m) => ({ label: pick(m.title, locale), detail: measureDetail(m, c, late), href: measureHref(m.id) })) });
  const day = (iso: string | null) => (iso ? formatDay(iso, locale) : t("watch.noDate"));
  return {
    id: "watch",
    title: t("watch.title"),
    intro: t("watch.intro"),
    figures: [],
    blocks: [
      list("late-measures", t("watch.late"), measures(d.late, true), {
        t,
        locale,
        description: t("watch.lateHelp"),
        more: listHref("/staff/strategy", { ...scope, late: "1", sort: "due" }),
        empty: t("watch.noLate"),
      }),
      list("at-risk-measures", t("watch.atRisk"), measures(d.atRisk, false), {
        t,
        locale,
        description: t("watch.atRiskHelp", { weeks }),
        more: listHref("/staff/strategy", { ...scope, sort: "due" }),
        empty: t("watch.noAtRisk"),
      }),
      list(
        "overdue-reports",
        t("watch.reports"),
        { total: d.overdueReports.total, items: d.overdueReports.items.map((r) => ({ label: `${r.title} (${projectLabel(r, locale)})`, detail: t("watch.reportDue", { date: day(r.date) }), href: `/staff/funding/projects/${r.projectId}#reports-title` })) },
        { t, locale, description: t("watch.reportsHelp"), more: "/staff/funding#deadlines-title", empty: t("watch.noReports") },
      ),
      list(
        "open-audits",
        t("watch.audits"),
        {
          total: d.openAudits.total,
          items: d.openAudits.items.map((a) => ({
            label: `${a.title} (${projectLabel(a, locale)})`,
            detail: [a.date ? t("watch.followUpDue", { date: day(a.date) }) : t("watch.noFollowUp"), a.findings ? shorten(a.findings, 140) : null].filter(Boolean).join(" · "),
            href: `/staff/funding/projects/${a.projectId}#audits-title`,
          })),
        },
        { t, locale, description: t("watch.auditsHelp"), more: "/staff/funding#deadlines-title", empty: t("watch.noAudits") },
      ),
      list(
        "consultations",
        t("watch.consultations", { weeks }),
        {
          total: d.consultations.total,
          items: d.consultations.items.map((s) => ({
            label: pick(s.title, locale),
            detail: [t("watch.deadline", { date: day(s.deadline) }), s.ministry].filter(Boolean).join(" · "),
            href: `/staff/advocacy/activities/${s.id}`,
          })),
        },
        { t, locale, description: t("watch.consultationsHelp"), more: "/staff/advocacy#deadlines-heading", empty: t("watch.noConsultations") },
      ),
    ],
  };
}

export function changesSection(d: ChangesData, c: Ctx): Section {
  const { t, locale } = c;
  const scope = { period: c.periodId, goal: c.goalId };
  const since = d.since.kind === "date" ? formatDay(d.since.date, locale) : t("changes.round", { name: pick(d.since.name, locale), date: formatDay(d.since.cutOffDate, locale) });
  const n = (v: number) => formatCount(v, locale);
  const block = (kind: keyof ChangesData["changes"], more: string) =>
    list(
      `changes-${kind}`,
      t(`changes.${kind}`),
      {
        total: d.changes[kind].total,
        items: d.changes[kind].items.map((m) => ({
          label: pick(m.title, locale),
          detail: `${c.tStatus(m.status)} · ${formatProgress(m.progress, locale)}`,
          href: measureHref(m.id),
        })),
      },
      { t, locale, more, empty: t("changes.none") },
    );
  const all = listHref("/staff/strategy", scope);
  return {
    id: "changes",
    title: t("changes.title", { since }),
    intro: t(d.since.kind === "date" ? "changes.introDate" : "changes.introRound"),
    figures: (["new", "progressed", "newlyLate", "completed"] as const).map((k) => ({ key: k, label: t(`changes.${k}`), value: n(d.changes[k].total), alert: k === "newlyLate" && d.changes[k].total > 0 })),
    blocks: [
      block("new", all),
      block("progressed", all),
      block("newlyLate", listHref("/staff/strategy", { ...scope, late: "1" })),
      block("completed", listHref("/staff/strategy", { ...scope, status: "completed" })),
    ],
  };
}

function shorten(text: string, max: number): string {
  const one = text.replace(/\s+/g, " ").trim();
  return one.length <= max ? one : `${one.slice(0, max - 1).trimEnd()}…`;
}
