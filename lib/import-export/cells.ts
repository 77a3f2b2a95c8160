import { z } from "zod";
import { parseFlexibleDate, type FlexibleDate } from "@/lib/strategy/dates";

/**
 * zod pieces for CSV cells (always text): empty cells, dates in ISO or
 * Finnish form, enums given by code or by a label in any language. Money is
 * `zMoney` from lib/money-zod.ts.
 */

/** Absent keys count as empty cells (zod 4 would otherwise call them missing before our own message). */
const absentAsNull = (v: unknown) => (v === undefined ? null : v);
const blank = (v: unknown) => v === undefined || v === null || (typeof v === "string" && v.trim() === "");

/** Text; empty → null when optional, "errors.required" otherwise. */
export function cellText(options: { optional: true; max?: number }): z.ZodType<string | null, unknown>;
export function cellText(options?: { optional?: false; max?: number }): z.ZodType<string, unknown>;
export function cellText(options: { optional?: boolean; max?: number } = {}): z.ZodType<string | null, unknown> {
  const base = z.string().trim().max(options.max ?? 2000);
  return options.optional
    ? z.preprocess((v) => (blank(v) ? null : v), base.nullable())
    : z.preprocess((v) => (blank(v) ? undefined : v), base.min(1));
}

/** "2024-03-01", "1.3.2024" or "01.03.2024" → "2024-03-01"; null if not a real date. */
export function parseDayDate(input: string): string | null {
  const s = input.trim();
  let y: number, m: number, d: number;
  let match = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T ]00:00(?::00(?:\.0+)?)?Z?)?$/.exec(s);
  if (match) [y, m, d] = [+match[1]!, +match[2]!, +match[3]!];
  else if ((match = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s))) [y, m, d] = [+match[3]!, +match[2]!, +match[1]!];
  else if ((match = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s))) [y, m, d] = [+match[3]!, +match[2]!, +match[1]!];
  else return null;
  if (y < 1950 || y > 2150 || m < 1 || m > 12) return null;
  const date = new Date(Date.UTC(y, m - 1, d));
  if (date.getUTCMonth() !== m - 1 || date.getUTCDate() !== d) return null;
  return `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`;
}

/** A day date; empty → null when optional. */
export function cellDate(options: { optional: true }): z.ZodType<string | null, unknown>;
export function cellDate(options?: { optional?: false }): z.ZodType<string, unknown>;
export function cellDate(options: { optional?: boolean } = {}): z.ZodType<string | null, unknown> {
  return z.preprocess(absentAsNull, z.union([z.string(), z.null()]).transform((v, ctx): string | null => {
    if (blank(v)) {
      if (options.optional) return null;
      ctx.addIssue({ code: "custom", message: "errors.required", continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    const date = parseDayDate(String(v));
    if (!date) {
      ctx.addIssue({ code: "custom", message: "errors.dayDate", continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    return date;
  }));
}

/**
 * A date known to the day, the month ("06/2022", "2022-06") or the year
 * ("1994"), with its precision; a full date in any form `parseDayDate` reads.
 */
type FlexibleDateOptions = { optional?: boolean; /** a year alone ("1994"); off where the domain has days and months only (measures) */ allowYear?: boolean };
export function cellFlexibleDate(options: FlexibleDateOptions & { optional: true }): z.ZodType<FlexibleDate | null, unknown>;
export function cellFlexibleDate(options?: FlexibleDateOptions & { optional?: false }): z.ZodType<FlexibleDate, unknown>;
export function cellFlexibleDate(options: FlexibleDateOptions = {}): z.ZodType<FlexibleDate | null, unknown> {
  return z.preprocess(absentAsNull, z.union([z.string(), z.null()]).transform((v, ctx): FlexibleDate | null => {
    if (blank(v)) {
      // Empty = not known (null), never a default day.
      if (options.optional) return null;
      ctx.addIssue({ code: "custom", message: "errors.required", continue: true });
      return null; // the issue above fails the parse
    }
    const day = parseDayDate(String(v));
    if (day) return { date: day, precision: "day" };
    const flexible = parseFlexibleDate(String(v), { allowYear: options.allowYear ?? true });
    if (!flexible || flexible.date < "1950-01-01") {
      ctx.addIssue({ code: "custom", message: "errors.flexibleDate", continue: true });
      return null; // the issue above fails the parse
    }
    return flexible;
  }));
}

/**
 * One of `values`, given as the code itself or as any of its labels (e.g. the
 * Finnish, Swedish and English names), without regard to case.
 */
export function cellEnum<const V extends string>(values: readonly V[], labels: Partial<Record<V, string[]>>, options: { optional: true }): z.ZodType<V | null, unknown>;
export function cellEnum<const V extends string>(values: readonly V[], labels?: Partial<Record<V, string[]>>, options?: { optional?: false }): z.ZodType<V, unknown>;
export function cellEnum<const V extends string>(values: readonly V[], labels: Partial<Record<V, string[]>> = {}, options: { optional?: boolean } = {}): z.ZodType<V | null, unknown> {
  const lookup = new Map<string, V>();
  const norm = (s: string) => s.trim().toLowerCase().replace(/[\s_-]+/g, " ");
  for (const v of values) {
    lookup.set(norm(v), v);
    for (const label of labels[v] ?? []) lookup.set(norm(label), v);
  }
  return z.preprocess(absentAsNull, z.union([z.string(), z.null()]).transform((v, ctx): V | null => {
    if (blank(v)) {
      if (options.optional) return null;
      ctx.addIssue({ code: "custom", message: "errors.required", continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    const found = lookup.get(norm(String(v)));
    if (!found) {
      // The bad value is not echoed back (it may be hostile); the allowed ones are listed.
      ctx.addIssue({ code: "custom", message: "errors.choice", params: { allowed: values.join(", ") }, continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    return found;
  }));
}

/** A whole number in a range. */
export function cellInt(options: { min: number; max: number; optional: true }): z.ZodType<number | null, unknown>;
export function cellInt(options: { min: number; max: number; optional?: false }): z.ZodType<number, unknown>;
export function cellInt(options: { min: number; max: number; optional?: boolean }): z.ZodType<number | null, unknown> {
  return z.preprocess(absentAsNull, z.union([z.string(), z.null()]).transform((v, ctx): number | null => {
    if (blank(v)) {
      if (options.optional) return null;
      ctx.addIssue({ code: "custom", message: "errors.required", continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    const text = String(v).trim();
    if (!/^-?\d+$/.test(text)) {
      ctx.addIssue({ code: "custom", message: "errors.number", continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    const n = Number(text);
    if (n < options.min || n > options.max) {
      ctx.addIssue({ code: "custom", message: "errors.range", params: { min: options.min, max: options.max }, continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    return n;
  }));
}

/** An item's id (a UUID, lower-cased); empty → null. */
export function cellUuid(): z.ZodType<string | null, unknown> {
  return z.preprocess(absentAsNull, z.union([z.string(), z.null()]).transform((v, ctx): string | null => {
    if (blank(v)) return null;
    const text = String(v).trim();
    if (!/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(text)) {
      ctx.addIssue({ code: "custom", message: "errors.unknownItem", continue: true });
      return null; // the issue above fails the parse
    }
    return text.toLowerCase();
  }));
}

const YES = new Set(["yes", "y", "true", "1", "kyllä", "k", "ja", "x"]);
const NO = new Set(["no", "n", "false", "0", "ei", "e", "nej"]);

/** Yes or no in any of the three languages ("yes", "kyllä", "ja", "true", "1"); empty → null. */
export function cellYesNo(): z.ZodType<boolean | null, unknown> {
  return z.preprocess(absentAsNull, z.union([z.string(), z.null()]).transform((v, ctx): boolean | null => {
    if (blank(v)) return null;
    const text = String(v).trim().toLowerCase();
    if (YES.has(text)) return true;
    if (NO.has(text)) return false;
    ctx.addIssue({ code: "custom", message: "errors.choice", params: { allowed: "yes, no" }, continue: true });
    return null; // the issue above fails the parse
  }));
}
