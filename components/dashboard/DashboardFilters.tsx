import type { LocalizedText } from "@/db/schema/common";
import type { DashboardOutline } from "@/db/queries/strategy/dashboard";
import type { DashboardScope } from "@/lib/dashboard/load";
import type { Locale } from "@/lib/dashboard/format";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";

type Labels = { title: string; period: string; goal: string; allGoals: string; apply: string; reset: string; since: string; sinceDefault: string; sinceDay: string; sinceDayHelp: string; round: (name: string, date: string) => string };
type Round = { id: string; name: LocalizedText; cutOffDate: string };

/**
 * Period and goal as a plain GET form: the choice lands in the URL (shareable,
 * kept by the language switcher) and needs no JavaScript. The goal list holds
 * the shown period's goals; changing the period starts from all its goals.
 */
export function DashboardFilters({ outline, scope, rounds, locale, labels }: { outline: DashboardOutline; scope: DashboardScope; rounds: Round[]; locale: Locale; labels: Labels }) {
  const goals = outline.goals.filter((g) => g.periodId === scope.periodId);
  const sinceRound = scope.since?.startsWith("round:") ? scope.since : "";
  const sinceDay = scope.since && !sinceRound ? scope.since : "";
  return (
    <form method="get" aria-label={labels.title} className="mb-6 flex flex-wrap items-end gap-4 border-2 border-line bg-fog-light p-4">
      <div>
        <label htmlFor="dashboard-period" className="field-label">
          {labels.period}
        </label>
        <select id="dashboard-period" name="period" defaultValue={scope.periodId} className="field-input">
          {outline.periods.map((p) => (
            <option key={p.id} value={p.id}>
              {pick(p.name, locale)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="dashboard-goal" className="field-label">
          {labels.goal}
        </label>
        <select id="dashboard-goal" name="goal" defaultValue={scope.goalId ?? ""} className="field-input">
          <option value="">{labels.allGoals}</option>
          {goals.map((g) => (
            <option key={g.id} value={g.id}>
              {pick(g.title, locale)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="dashboard-since" className="field-label">
          {labels.since}
        </label>
        <select id="dashboard-since" name="since" defaultValue={sinceRound} className="field-input">
          <option value="">{labels.sinceDefault}</option>
          {rounds.map((r) => (
            <option key={r.id} value={`round:${r.id}`}>
              {labels.round(pick(r.name, locale), r.cutOffDate)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor="dashboard-since-day" className="field-label">
          {labels.sinceDay}
        </label>
        <input id="dashboard-since-day" name="since" type="date" defaultValue={sinceDay} className="field-input" aria-describedby="dashboard-since-day-help" />
        <p id="dashboard-since-day-help" className="text-body-s text-muted">
          {labels.sinceDayHelp}
        </p>
      </div>
      <button type="submit" className="btn">
        {labels.apply}
      </button>
      <Link href="/staff/dashboard" className="py-2">
        {labels.reset}
      </Link>
    </form>
  );
}
