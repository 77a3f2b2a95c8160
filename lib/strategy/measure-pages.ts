import { PAGE_SIZE, pageWithin, requestedPage } from "@/lib/paging";

/** Measures per page on the public goal and priority pages: a goal may hold thousands, a page stays light. */
export const MEASURES_PER_PAGE = PAGE_SIZE;

/** The page number asked for in `?page=`, within 1…pages (anything else reads as the first page). */
export function measurePage(raw: string | string[] | undefined, total: number): { page: number; pages: number } {
  return pageWithin(requestedPage(raw), total, MEASURES_PER_PAGE);
}
