import type { LocalizedText } from "@/db/schema/common";
import { isLate, isStale, type FlagInput } from "./flags";

/** The staff list's filters, as they appear in the URL query (shareable; the language switcher keeps them). */
export type MeasureFilters = {
  period?: string;
  goal?: string;
  priority?: string;
  status?: string;
  unit?: string;
  late?: boolean;
  stale?: boolean;
  q?: string;
};

const uuid = /^[0-9a-f-]{36}$/i;
const STATUSES = new Set(["not_started", "on_schedule", "late", "completed", "cancelled", "postponed"]);

/** Read filters from a URL query; anything malformed is ignored rather than failing the page. */
export function parseFilters(query: Record<string, string | string[] | undefined>): MeasureFilters {
  const one = (k: string) => {
    const v = query[k];
    return (Array.isArray(v) ? v[0] : v)?.trim() || undefined;
  };
  const id = (k: string) => {
    const v = one(k);
    return v && uuid.test(v) ? v : undefined;
  };
  const status = one("status");
  return {
    period: id("period"),
    goal: id("goal"),
    priority: id("priority"),
    unit: id("unit"),
    status: status && STATUSES.has(status) ? status : undefined,
    late: one("late") === "1",
    stale: one("stale") === "1",
    q: one("q")?.slice(0, 200),
  };
}

type Filterable = FlagInput & {
  periodId: string;
  goalId: string;
  priorityIds: string[];
  responsibleUnitId: string | null;
  title: LocalizedText;
  description: LocalizedText | null;
};

/** Lower-case, accents kept (ä ≠ a in Finnish), whitespace collapsed. */
const norm = (s: string) => s.toLocaleLowerCase("fi").replace(/\s+/g, " ");

/** Each measure with its flags, and whether it passes the filters. Text search looks at fi, sv and en. */
export function applyFilters<T extends Filterable>(rows: T[], f: MeasureFilters, today: string, staleAfterDays: number) {
  const words = f.q ? norm(f.q).split(" ").filter(Boolean) : [];
  return rows
    .map((r) => ({ ...r, late: isLate(r, today), stale: isStale(r, today, staleAfterDays) }))
    .filter((r) => {
      if (f.period && r.periodId !== f.period) return false;
      if (f.goal && r.goalId !== f.goal) return false;
      if (f.priority && !r.priorityIds.includes(f.priority)) return false;
      if (f.status && r.status !== f.status) return false;
      if (f.unit && r.responsibleUnitId !== f.unit) return false;
      if (f.late && !r.late) return false;
      if (f.stale && !r.stale) return false;
      if (words.length) {
        const haystack = norm([r.title.fi, r.title.sv, r.title.en, r.description?.fi, r.description?.sv, r.description?.en].filter(Boolean).join(" "));
        if (!words.every((w) => haystack.includes(w))) return false;
      }
      return true;
    });
}

/** The filters as a query string (for links that keep them). */
export function filtersToQuery(f: MeasureFilters): string {
  const p = new URLSearchParams();
  for (const k of ["period", "goal", "priority", "status", "unit", "q"] as const) if (f[k]) p.set(k, String(f[k]));
  if (f.late) p.set("late", "1");
  if (f.stale) p.set("stale", "1");
  return p.toString();
}
