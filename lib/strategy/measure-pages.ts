/** Measures per page on the public goal and priority pages: a goal may hold thousands, a page stays light. */
export const MEASURES_PER_PAGE = 50;

/** The page number asked for in `?page=`, within 1…pages (anything else reads as the first page). */
export function measurePage(raw: string | string[] | undefined, total: number): { page: number; pages: number } {
  const pages = Math.max(1, Math.ceil(total / MEASURES_PER_PAGE));
  const asked = Number(Array.isArray(raw) ? raw[0] : raw);
  return { page: Number.isInteger(asked) && asked >= 1 && asked <= pages ? asked : 1, pages };
}
