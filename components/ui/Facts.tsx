import { Fragment, type ReactNode } from "react";

/** One fact of an item: its label and its value; `multiline` keeps the value's line breaks. */
export type Fact = { label: ReactNode; value: ReactNode; multiline?: boolean };

/**
 * An item's facts as a description list (label | value in two columns on
 * wide screens). A row given as `false` or `null` is left out, so a page
 * writes the facts that depend on the item inline:
 * `[{ label, value }, a.type === "statement" && { label, value }]`.
 */
export function Facts({ rows, className = "mb-6 grid gap-x-6 gap-y-1 text-body-s sm:grid-cols-[max-content_1fr]" }: { rows: (Fact | false | null | undefined)[]; className?: string }) {
  return (
    <dl className={className}>
      {rows.map((row, i) =>
        row ? (
          <Fragment key={i}>
            <dt className="font-semibold">{row.label}</dt>
            <dd className={row.multiline ? "whitespace-pre-line" : undefined}>{row.value}</dd>
          </Fragment>
        ) : null,
      )}
    </dl>
  );
}
