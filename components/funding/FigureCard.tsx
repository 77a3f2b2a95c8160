import type { ReactNode } from "react";

/**
 * One portfolio figure: a heading, its definition (how it is counted), the
 * chart, and the accessible table with the same numbers beside it.
 */
export function FigureCard({ id, title, definition, chart, table }: { id: string; title: string; definition: string; chart: ReactNode; table: ReactNode }) {
  return (
    <section aria-labelledby={`${id}-title`} className="mb-10 border-t-4 border-bus pt-4">
      <h3 id={`${id}-title`} className="text-heading-s font-bold">
        {title}
      </h3>
      <p className="field-hint mb-4 max-w-3xl">{definition}</p>
      <div className="grid gap-6 lg:grid-cols-2">
        <div>{chart}</div>
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-labelledby={`${id}-title`}>
          {table}
        </div>
      </div>
    </section>
  );
}
