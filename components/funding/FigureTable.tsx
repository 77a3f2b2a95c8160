import { formatMoney } from "@/lib/money";

export type FigureRow = { key: string; label: string; projects?: number; cents: number; alert?: string };

/** The accessible table behind a chart: one row per bar, money exact to the cent. */
export function FigureTable({ caption, rows, locale, headers, total }: { caption: string; rows: FigureRow[]; locale: string; headers: { label: string; projects: string; euros: string }; total?: { label: string; cents: number; projects?: number } }) {
  return (
    <table className="numbers-table">
      <caption className="sr-only">{caption}</caption>
      <thead>
        <tr>
          <th scope="col">{headers.label}</th>
          <th scope="col">{headers.projects}</th>
          <th scope="col">{headers.euros}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((r) => (
          <tr key={r.key}>
            <th scope="row">
              {r.label}
              {r.alert ? <span className="ml-2 bg-error-light px-1 font-semibold">{r.alert}</span> : null}
            </th>
            <td>{r.projects ?? ""}</td>
            <td className="whitespace-nowrap">{formatMoney(r.cents, locale)}</td>
          </tr>
        ))}
      </tbody>
      {total ? (
        <tfoot>
          <tr className="border-t-2 border-ink font-semibold">
            <th scope="row" className="p-2">{total.label}</th>
            <td className="p-2 text-right">{total.projects ?? ""}</td>
            <td className="p-2 text-right whitespace-nowrap">{formatMoney(total.cents, locale)}</td>
          </tr>
        </tfoot>
      ) : null}
    </table>
  );
}
