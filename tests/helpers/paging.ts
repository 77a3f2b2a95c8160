import { expect } from "vitest";
import type * as Paging from "@/lib/paging";
import type { Page } from "@/lib/paging";

/**
 * Lists are paged through `fetchPage` (lib/paging.ts). A test file replaces it
 * with this wrapper so it can see every LIMIT the list asked for:
 *
 *   const limits = vi.hoisted(() => [] as number[]);
 *   vi.mock("@/lib/paging", async (importOriginal) => {
 *     const { recordingPaging } = await import("../helpers/paging");
 *     return recordingPaging(await importOriginal(), limits);
 *   });
 */
export function recordingPaging(m: typeof Paging, limits: number[]): typeof Paging {
  return {
    ...m,
    fetchPage: (asked, rows, count, size) =>
      m.fetchPage(
        asked,
        (limit, offset) => {
          limits.push(limit);
          return rows(limit, offset);
        },
        count,
        size,
      ),
  };
}

/**
 * Walks a list page by page (`size` rows each) and checks it against the
 * whole list read as one big page: every row exactly once and in the same
 * order (so ties in the sort are broken the same way on every page), each
 * page's "from–to of total", no query asking for more than a page, and a
 * page past the end answered with the first page. Returns the whole list.
 */
export async function expectPagedLikeWhole<T>(
  fetch: (page: number, size: number) => Promise<Page<T>>,
  key: (row: T) => string,
  { size = 2, limits }: { size?: number; limits?: number[] } = {},
): Promise<T[]> {
  const whole = await fetch(1, 10_000);
  expect(whole.total).toBe(whole.rows.length);
  if (limits) limits.length = 0;
  const seen: string[] = [];
  const pages = Math.max(1, Math.ceil(whole.total / size));
  for (let p = 1; p <= pages; p++) {
    const got = await fetch(p, size);
    expect(got.total).toBe(whole.total);
    expect(got.page).toBe(p);
    expect(got.pages).toBe(pages);
    expect(got.rows.length).toBeLessThanOrEqual(size);
    expect(got.from).toBe(whole.total === 0 ? 0 : (p - 1) * size + 1);
    expect(got.to).toBe(whole.total === 0 ? 0 : got.from + got.rows.length - 1);
    seen.push(...got.rows.map(key));
  }
  expect(seen).toEqual(whole.rows.map(key));
  const past = await fetch(pages + 1, size);
  expect(past.page).toBe(1);
  expect(past.rows.map(key)).toEqual(whole.rows.slice(0, size).map(key));
  if (limits) {
    expect(limits.length).toBeGreaterThan(0);
    for (const l of limits) expect(l).toBe(size);
  }
  return whole.rows;
}
