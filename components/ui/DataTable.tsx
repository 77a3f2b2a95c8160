import type { ReactNode } from "react";
import { Link } from "@/lib/i18n/navigation";
import { listHref, sortParam, type Sort } from "@/lib/paging";
import { LinkRegion } from "./LinkRegion";

/** A column: its header, its cell, and (when sortable in SQL) the sort key the URL carries. */
export type Column<T> = {
  key: string;
  header: ReactNode;
  cell: (row: T) => ReactNode;
  /** The row's name: rendered as the row header (`<th scope="row">`). One column per table. */
  rowHeader?: boolean;
  /** This column sorts by `?sort=<sortKey>` (and `-<sortKey>` descending). */
  sortKey?: string;
  className?: string;
};

/**
 * The one table of every list page: a caption for screen readers, column
 * headers that sort through the URL (aria-sort tells the current order), the
 * row's name as its header cell, and a scrollable region on narrow screens.
 * The rows are one page already fetched in SQL; pair it with `Pager`. Rows and cells are
 * styled by the table's class (`.data-table` in app/globals.css), not each on its own.
 * A row links with a plain `<a href>` (the path in the reader's language, e.g. from
 * `getPathname`): the region (`LinkRegion`) follows it in the app as a `Link` would, without a
 * client component per row. A cell without its column's `className` carries no class attribute.
 */
export function DataTable<T>({ caption, columns, rows, rowKey, sort, path, query, empty }: {
  caption: string;
  columns: Column<T>[];
  rows: T[];
  rowKey: (row: T) => string;
  sort?: Sort<string>;
  /** Where the sort links point (the list's path and its current query). */
  path?: string;
  query?: Record<string, string>;
  empty?: ReactNode;
}) {
  const header = (c: Column<T>) => {
    if (!c.sortKey || !path) return c.header;
    const active = sort?.key === c.sortKey;
    const next = { key: c.sortKey, desc: active ? !sort!.desc : false };
    return (
      <Link href={listHref(path, query ?? {}, { sort: sortParam(next), page: undefined })} className="inline-flex items-center gap-1">
        {c.header}
        {active ? <span aria-hidden="true">{sort!.desc ? "▼" : "▲"}</span> : null}
      </Link>
    );
  };
  // Only the columns with a class pass one: an absent prop costs nothing in React's payload, an undefined one does (50 rows × 8 cells).
  const cellProps = columns.map((c) => (c.className ? { className: c.className } : {}));
  return (
    <>
      <LinkRegion className="overflow-x-auto" label={caption}>
        <table className="data-table">
          <caption className="sr-only">{caption}</caption>
          <thead>
            <tr>
              {columns.map((c, i) => (
                <th key={c.key} scope="col" {...cellProps[i]} aria-sort={c.sortKey && sort?.key === c.sortKey ? (sort.desc ? "descending" : "ascending") : undefined}>
                  {header(c)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((r) => (
              <tr key={rowKey(r)}>
                {columns.map((c, i) =>
                  c.rowHeader ? (
                    <th key={c.key} scope="row" {...cellProps[i]}>
                      {c.cell(r)}
                    </th>
                  ) : (
                    <td key={c.key} {...cellProps[i]}>
                      {c.cell(r)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </LinkRegion>
      {rows.length === 0 && empty ? <p className="mt-3">{empty}</p> : null}
    </>
  );
}
