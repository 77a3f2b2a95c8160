import type { BarChart, HeatMap, TableBlock } from "@/lib/dashboard/model";

/**
 * The numbers behind a chart as a table (and the briefing's plain tables),
 * drawn by the dashboard on request (ChartNumbers) and by the printable
 * briefing with every table open. The cells are styled by one class on the
 * table (`.numbers-table` in app/globals.css), not one by one. A row's link
 * is a plain anchor to the model's path in the page's language (`prefix`, "/fi").
 */
export function NumbersTable({ block, label, prefix }: { block: BarChart | HeatMap; label: string; prefix: string }) {
  return block.kind === "bars" ? <BarTable chart={block} label={label} prefix={prefix} /> : <HeatTable map={block} label={label} />;
}

/** A wide table scrolls sideways; the scrolling area can be reached and scrolled with the keyboard. */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

function BarTable({ chart, label, prefix }: { chart: BarChart; label: string; prefix: string }) {
  return (
    <Scroll label={label}>
      <table className="numbers-table">
        <caption className="sr-only">{chart.title}</caption>
        <thead>
          <tr>
            <th scope="col">{chart.categoryHeader}</th>
            {chart.series.map((s) => (
              <th key={s.name} scope="col">{s.name}</th>
            ))}
            {(chart.extraHeaders ?? []).map((h) => (
              <th key={h} scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((r, i) => (
            <tr key={`${r.label}-${i}`}>
              <th scope="row">
                {r.href ? <a href={prefix + r.href}>{r.label}</a> : r.label}
                <RowAlert alert={r.alert} />
                {r.sublabel ? <span className="sub">{r.sublabel}</span> : null}
              </th>
              {r.values.map((v, j) => (
                <td key={j}>{v.display}</td>
              ))}
              {(r.extra ?? []).map((x, j) => (
                <td key={`x${j}`}>{x}</td>
              ))}
            </tr>
          ))}
        </tbody>
        {chart.total ? (
          <tfoot>
            <tr>
              <th scope="row">{chart.total.label}</th>
              {chart.total.cells.map((c, j) => (
                <td key={j}>{c}</td>
              ))}
            </tr>
          </tfoot>
        ) : null}
      </table>
    </Scroll>
  );
}

/** A row's warning (e.g. "no funding") after its label. */
function RowAlert({ alert }: { alert?: string }) {
  return alert ? <strong className="ml-2 bg-error-light px-1">{alert}</strong> : null;
}

function HeatTable({ map, label }: { map: HeatMap; label: string }) {
  return (
    <Scroll label={label}>
      <table className="numbers-table">
        <caption className="sr-only">{map.title}</caption>
        <thead>
          <tr>
            <th scope="col">{map.corner}</th>
            {map.columns.map((c) => (
              <th key={c.full} scope="col">{c.full}</th>
            ))}
            {map.totalHeader ? <th scope="col">{map.totalHeader}</th> : null}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row">
                {r.label}
                <RowAlert alert={r.alert} />
              </th>
              {r.cells.map((c, j) => (
                <td key={j}>{c.exact ?? c.display}</td>
              ))}
              {map.totalHeader ? <td className="font-semibold">{r.total}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

/** A plain table of text (e.g. the latest network review's recommendations). */
export function TextTable({ block, label }: { block: TableBlock; label: string }) {
  if (!block.rows.length) return <p>{block.empty}</p>;
  return (
    <Scroll label={label}>
      <table className="numbers-table numbers-table-text">
        <caption className="sr-only">{block.title}</caption>
        <thead>
          <tr>
            {block.headers.map((h) => (
              <th key={h} scope="col">{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row">{c}</th>
                ) : (
                  <td key={j}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
