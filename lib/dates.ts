/**
 * Dates as the city counts them: Helsinki calendar days, stored and passed
 * around as ISO days ("2026-11-28"). The one module for "today", day
 * arithmetic and showing a day; tests pass `now` (a fixed fake clock).
 */

import { formatFlexibleDate } from "@/lib/strategy/dates";
import { dateTimeFormat, intlLocale } from "@/lib/i18n/formatters";

export const HELSINKI = "Europe/Helsinki";

/** Today as an ISO day in Helsinki, whatever the server's time zone. */
export function todayInHelsinki(now: Date = new Date()): string {
  return dateTimeFormat("en-CA", { timeZone: HELSINKI, year: "numeric", month: "2-digit", day: "2-digit" }).format(now);
}

/** This year in Helsinki (on New Year's Eve after 22:00 UTC it is already the next one). */
export function yearInHelsinki(now: Date = new Date()): number {
  return Number(todayInHelsinki(now).slice(0, 4));
}

/** An ISO day `days` later (earlier when negative); in UTC so that no time zone or DST shifts a day. */
export function addDays(iso: string, days: number): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + days);
  return d.toISOString().slice(0, 10);
}

/** Whole days from one ISO day to another (negative when `to` is earlier). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}

/**
 * A stored ISO day in the reader's language ("1.3.2024"; English in European
 * form, "1 Mar 2024" — the strategy's day formatter); "" for none. `style`
 * asks for Intl's short or long date instead (the dashboard's briefing).
 */
export function formatDay(iso: string | null | undefined, locale: string, style?: "short" | "long"): string {
  if (!iso) return "";
  if (!style) return formatFlexibleDate(iso, "day", locale);
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return dateTimeFormat(intlLocale(locale), { timeZone: "UTC", dateStyle: style }).format(new Date(Date.UTC(y, m - 1, d)));
}

/** A stored ISO day as typed back into a form (d.m.yyyy); "" for none. */
export function dayInput(iso: string | null | undefined): string {
  if (!iso) return "";
  const [y, m, d] = iso.split("-").map(Number) as [number, number, number];
  return `${d}.${m}.${y}`;
}
