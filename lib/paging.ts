/**
 * One way to page a list: the page number comes from `?page=`, the rows from
 * SQL with LIMIT/OFFSET, the total from a count of the same filter. Every list
 * (staff and public) pages through this helper and shows its place with the
 * shared `Pager` (components/ui/Pager.tsx): "1–50 of 50 000".
 */

/** Rows per page unless a list says otherwise. */
export const PAGE_SIZE = 50;

/** No list is paged further than this (a hostile `?page=1e9` costs nothing). */
const MAX_PAGE = 100_000;

type Query = Record<string, string | string[] | undefined>;

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The page asked for in the URL: a whole number ≥ 1, anything else reads as the first page. */
export function requestedPage(raw: string | string[] | undefined): number {
  const s = first(raw);
  if (!s || !/^\d{1,6}$/.test(s)) return 1;
  const n = Number(s);
  return n >= 1 && n <= MAX_PAGE ? n : 1;
}

/** A page of a list and where it is in the whole. */
export type Page<T> = { rows: T[]; total: number; page: number; pages: number; size: number; from: number; to: number };

/** The number of pages and whether the asked page exists (out of range reads as the first page). */
export function pageWithin(asked: number, total: number, size = PAGE_SIZE): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / size));
  return { page: Number.isInteger(asked) && asked >= 1 && asked <= pages ? asked : 1, pages };
}

/**
 * Fetch one page: `rows(limit, offset)` and `count()` run at once; a page past
 * the end (a stale link after deletions) is answered with the first page.
 */
export async function fetchPage<T>(asked: number, rows: (limit: number, offset: number) => Promise<T[]>, count: () => Promise<number>, size = PAGE_SIZE): Promise<Page<T>> {
  const start = Math.max(1, asked);
  const [firstTry, total] = await Promise.all([rows(size, (start - 1) * size), count()]);
  const { page, pages } = pageWithin(start, total, size);
  const list = page === start ? firstTry : await rows(size, 0);
  const from = total === 0 ? 0 : (page - 1) * size + 1;
  return { rows: list, total, page, pages, size, from, to: from === 0 ? 0 : from + list.length - 1 };
}

/** The URL query as plain strings (first value of each), for links that keep the filters. */
export function plainQuery(query: Query): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(query)) {
    const s = first(v);
    if (typeof s === "string" && s !== "") out[k] = s;
  }
  return out;
}

/** `path?query` with `changes` applied (undefined or "" removes a key; page 1 is left out). */
export function listHref(path: string, query: Record<string, string>, changes: Record<string, string | number | undefined> = {}): string {
  const params = new URLSearchParams(query);
  for (const [k, v] of Object.entries(changes)) {
    if (v === undefined || v === "" || (k === "page" && Number(v) <= 1)) params.delete(k);
    else params.set(k, String(v));
  }
  const s = params.toString();
  return s ? `${path}?${s}` : path;
}

/** A sort order from the URL: one of `allowed` (its key), optionally with `-` for descending. */
export type Sort<K extends string> = { key: K; desc: boolean };
export function requestedSort<K extends string>(raw: string | string[] | undefined, allowed: readonly K[], fallback: Sort<K>): Sort<K> {
  const s = first(raw) ?? "";
  const desc = s.startsWith("-");
  const key = (desc ? s.slice(1) : s) as K;
  return allowed.includes(key) ? { key, desc } : fallback;
}
export const sortParam = <K extends string>(s: Sort<K>) => `${s.desc ? "-" : ""}${s.key}`;
