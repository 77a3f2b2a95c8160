import type { LocalizedText } from "@/db/schema/common";
import { effectiveEnd, formatFlexibleDate, isoAtPrecision, parseFlexibleDate, type Precision } from "@/lib/strategy/dates";

/**
 * Helsinki's roles in a network as one spreadsheet cell — the way the city's
 * own lists write them, e.g. "Executive Committee 2023–2026":
 *
 *     <role>[, <body>] [<start>–<end>]; <next role> …
 *
 * - roles are separated by ";" (or a line break);
 * - the first comma separates the role from the body it is held in
 *   ("Chair, Working Group on Mobility 2022-06–");
 * - the term comes last: "2023–2026", "06/2022–12/2024", "1.3.2023–", "–2026"
 *   or a single start ("2023"); each date to the day, month or year; an open
 *   end means the role goes on. The dash may be –, — or -.
 *
 * The export writes the same form (the Finnish texts, dates as
 * "2023" / "2023-06" / "2023-06-15"), so export → import is lossless; on
 * import a role matched by its role and body keeps its Swedish and English
 * texts.
 */
export type RoleDate = { date: string; precision: Precision };
export type RoleLine = { title: string; body: string | null; start: RoleDate | null; end: RoleDate | null };
export type RoleProblem = "roleTerm" | "roleEndBeforeStart" | "roleTooLong";

const DATE = String.raw`\d{4}-\d{2}-\d{2}|\d{4}-\d{2}|\d{4}|\d{1,2}\.\d{1,2}\.\d{4}|\d{1,2}\/\d{4}`;
const TERM = new RegExp(String.raw`^(.+?)[\s,]+\(?\s*(${DATE})?\s*(?:[–—]|-{1,2})?\s*(${DATE})?\s*\)?$`);
const MAX = 300;

function parseDate(text: string | undefined): RoleDate | null | "bad" {
  if (!text) return null;
  return parseFlexibleDate(text, { allowYear: true }) ?? "bad";
}

/** The roles of one cell; a problem names what is wrong with the first bad role. */
export function parseRolesCell(cell: string | null | undefined): { roles: RoleLine[] } | { problem: RoleProblem; text: string } {
  const roles: RoleLine[] = [];
  for (const raw of (cell ?? "").split(/[;\n]/)) {
    const item = raw.replace(/\s+/g, " ").trim();
    if (!item) continue;
    let text = item;
    let start: RoleDate | null = null;
    let end: RoleDate | null = null;
    const m = TERM.exec(item);
    if (m && (m[2] || m[3])) {
      const s = parseDate(m[2]);
      const e = parseDate(m[3]);
      if (s === "bad" || e === "bad") return { problem: "roleTerm", text: item };
      text = m[1]!.replace(/[\s,(]+$/, "");
      start = s;
      end = e;
      if (start && end && effectiveEnd(end.date, end.precision) < start.date) return { problem: "roleEndBeforeStart", text: item };
    }
    const comma = text.indexOf(",");
    const title = (comma >= 0 ? text.slice(0, comma) : text).trim();
    const body = comma >= 0 ? text.slice(comma + 1).trim() || null : null;
    if (!title) return { problem: "roleTerm", text: item };
    if (title.length > MAX || (body?.length ?? 0) > MAX) return { problem: "roleTooLong", text: item.slice(0, 80) };
    roles.push({ title, body, start, end });
  }
  return { roles };
}

type StoredRole = { title: LocalizedText; body: LocalizedText | null; startDate: string | null; startPrecision: Precision; endDate: string | null; endPrecision: Precision };

/** A stored role as a line of the cell (Finnish texts). */
export function roleLine(r: StoredRole): RoleLine {
  return {
    title: r.title.fi,
    body: r.body?.fi || null,
    start: r.startDate ? { date: r.startDate, precision: r.startPrecision } : null,
    end: r.endDate ? { date: r.endDate, precision: r.endPrecision } : null,
  };
}

/** One role written as the import reads it: "Chair, Working Group 2023–2026". */
export function formatRoleLine(r: RoleLine): string {
  const term = r.start || r.end ? ` ${r.start ? isoAtPrecision(r.start.date, r.start.precision) : ""}–${r.end ? isoAtPrecision(r.end.date, r.end.precision) : ""}` : "";
  return `${r.title}${r.body ? `, ${r.body}` : ""}${term}`;
}

/** A network's roles as one cell, in their order (by start). */
export function formatRolesCell(roles: StoredRole[]): string {
  return sortRoles(roles).map((r) => formatRoleLine(roleLine(r))).join("; ");
}

/** Roles in the order they are shown: by start (unknown first), then by title. */
export function sortRoles<R extends { startDate: string | null; title: LocalizedText }>(roles: R[]): R[] {
  return [...roles].sort((a, b) => (a.startDate ?? "").localeCompare(b.startDate ?? "") || a.title.fi.localeCompare(b.title.fi));
}

/** A role's term for display: "2023 – 2026", "06/2022 – ongoing"; empty when neither date is known. */
export function roleTermText(r: { startDate: string | null; startPrecision?: Precision | null; endDate: string | null; endPrecision?: Precision | null }, locale: string, ongoing: string): string {
  if (!r.startDate && !r.endDate) return "";
  const start = r.startDate ? formatFlexibleDate(r.startDate, r.startPrecision ?? "day", locale) : "";
  const end = r.endDate ? formatFlexibleDate(r.endDate, r.endPrecision ?? "day", locale) : ongoing;
  return `${start} – ${end}`;
}

/** The key that matches a line of the cell to a stored role: role and body, without regard to case or spacing. */
export function roleKey(title: string, body: string | null | undefined): string {
  const norm = (s: string) => s.replace(/\s+/g, " ").trim().toLowerCase();
  return `${norm(title)}\u0000${norm(body ?? "")}`;
}
