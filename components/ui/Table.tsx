import type { ReactNode } from "react";

/** A column header: its text, and `numeric` for right-aligned figures (or its own `className` instead of `p-2`). */
export type HeadCell = ReactNode | { label: ReactNode; numeric?: boolean; className?: string };

function headCell(cell: HeadCell): { label: ReactNode; className: string } {
  if (cell !== null && typeof cell === "object" && "label" in cell) {
    return { label: cell.label, className: cell.className ?? (cell.numeric ? "p-2 text-right" : "p-2") };
  }
  return { label: cell, className: "p-2" };
}

/**
 * The one frame of a table whose rows a page writes itself (a figure table, a
 * short list, a form's rows): caption, the header row, the rows, an optional
 * footer, and (with `wrapperClassName`) a box that scrolls sideways on
 * narrow screens. `region` makes that box a named, keyboard-scrollable
 * region (its name is the caption). The rows keep the house style:
 * `<tr className="border-b border-line">`, the row's name in
 * `<th scope="row" className="p-2 font-normal">`, cells `className="p-2"`.
 * A paged, sortable list uses `DataTable` instead.
 */
export function Table({
  caption,
  captionClassName = "sr-only",
  head,
  children,
  foot,
  className = "w-full border-collapse text-left text-body-s",
  id,
  describedBy,
  wrapperClassName,
  region,
}: {
  caption?: ReactNode;
  captionClassName?: string;
  head: HeadCell[];
  children?: ReactNode;
  foot?: ReactNode;
  className?: string;
  id?: string;
  describedBy?: string;
  wrapperClassName?: string;
  region?: boolean;
}) {
  const table = (
    <table className={className} id={id} aria-describedby={describedBy}>
      {caption !== undefined ? <caption className={captionClassName}>{caption}</caption> : null}
      <thead>
        <tr className="border-b-2 border-ink">
          {head.map((cell, i) => {
            const h = headCell(cell);
            return (
              <th key={i} scope="col" className={h.className}>
                {h.label}
              </th>
            );
          })}
        </tr>
      </thead>
      <tbody>{children}</tbody>
      {foot ? <tfoot>{foot}</tfoot> : null}
    </table>
  );
  if (wrapperClassName === undefined) return table;
  return region ? (
    <div className={wrapperClassName} tabIndex={0} role="region" aria-label={typeof caption === "string" ? caption : undefined}>
      {table}
    </div>
  ) : (
    <div className={wrapperClassName}>{table}</div>
  );
}
