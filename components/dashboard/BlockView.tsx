import { layoutBars, layoutHeatMap } from "@/lib/dashboard/geometry";
import type { BarChart, Block, HeatMap, ListBlock, TableBlock } from "@/lib/dashboard/model";
import { Link } from "@/lib/i18n/navigation";
import { ChartSvg } from "./ChartSvg";

type Labels = { showTable: string; tableLabel: string; chartLabel: (title: string) => string };

/**
 * One chart or table of the briefing. A chart is followed by its numbers as
 * a table, one click away (a disclosure that works without JavaScript); in
 * print the table is always open.
 */
export function BlockView({ block, labels, print = false }: { block: Block; labels: Labels; print?: boolean }) {
  const headingId = `${block.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mb-8 break-inside-avoid">
      <h3 id={headingId} className="mb-1 text-heading-xs font-bold">
        {block.title}
        {block.kind === "list" ? <span className="ml-2 font-normal tabular-nums">({block.count})</span> : null}
      </h3>
      {block.description ? <p className="mb-2 text-body-s text-muted">{block.description}</p> : null}
      {block.kind === "list" ? (
        <ItemList block={block} print={print} />
      ) : block.kind === "table" ? (
        <Table block={block} label={`${block.title} – ${labels.tableLabel}`} />
      ) : isEmpty(block) ? (
        <p>{block.empty}</p>
      ) : (
        <>
          <ChartSvg
            drawing={block.kind === "bars" ? layoutBars(block) : layoutHeatMap(block)}
            titleId={`${block.id}-svg`}
            label={labels.chartLabel(block.title)}
          />
          {print ? (
            <NumbersTable block={block} label={`${block.title} – ${labels.tableLabel}`} />
          ) : (
            <details className="mt-2">
              <summary className="cursor-pointer font-semibold text-bus">{labels.showTable}</summary>
              <NumbersTable block={block} label={`${block.title} – ${labels.tableLabel}`} />
            </details>
          )}
        </>
      )}
    </section>
  );
}

const isEmpty = (b: BarChart | HeatMap) => b.rows.length === 0;

/** The first items of a list, each linking to its page, and a link to the whole list when there are more. */
function ItemList({ block, print }: { block: ListBlock; print: boolean }) {
  if (!block.items.length) return <p>{block.empty}</p>;
  return (
    <>
      <ul className="divide-y divide-line border-y border-line">
        {block.items.map((item, i) => (
          <li key={`${item.href ?? item.label}-${i}`} className="py-2">
            {item.href && !print ? <Link href={item.href}>{item.label}</Link> : <span className="font-semibold">{item.label}</span>}
            {item.detail ? <span className="block text-body-s">{item.detail}</span> : null}
          </li>
        ))}
      </ul>
      {block.more && !print ? (
        <p className="mt-2">
          <Link href={block.more.href}>{block.more.label}</Link>
        </p>
      ) : null}
    </>
  );
}

/** A wide table scrolls sideways; the scrolling area can be reached and scrolled with the keyboard. */
function Scroll({ label, children }: { label: string; children: React.ReactNode }) {
  return (
    <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={label}>
      {children}
    </div>
  );
}

function NumbersTable({ block, label }: { block: BarChart | HeatMap; label: string }) {
  return block.kind === "bars" ? <BarTable chart={block} label={label} /> : <HeatTable map={block} label={label} />;
}

const th = "border-b-2 border-ink p-2 text-left align-bottom";
const td = "border-b border-line p-2 align-top";

function BarTable({ chart, label }: { chart: BarChart; label: string }) {
  return (
    <Scroll label={label}>
      <table className="mt-2 w-full border-collapse text-body-s">
        <caption className="sr-only">{chart.title}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{chart.categoryHeader}</th>
            {chart.series.map((s) => (
              <th key={s.name} scope="col" className={`${th} text-right`}>{s.name}</th>
            ))}
            {(chart.extraHeaders ?? []).map((h) => (
              <th key={h} scope="col" className={`${th} text-right`}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {chart.rows.map((r, i) => (
            <tr key={`${r.label}-${i}`}>
              <th scope="row" className={`${td} font-normal`}>
                {r.href ? <Link href={r.href}>{r.label}</Link> : r.label}
                {r.sublabel ? <span className="block text-muted">{r.sublabel}</span> : null}
              </th>
              {r.values.map((v, j) => (
                <td key={j} className={`${td} text-right tabular-nums`}>{v.display}</td>
              ))}
              {(r.extra ?? []).map((x, j) => (
                <td key={`x${j}`} className={`${td} text-right tabular-nums`}>{x}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

function HeatTable({ map, label }: { map: HeatMap; label: string }) {
  return (
    <Scroll label={label}>
      <table className="mt-2 w-full border-collapse text-body-s">
        <caption className="sr-only">{map.title}</caption>
        <thead>
          <tr>
            <th scope="col" className={th}>{map.corner}</th>
            {map.columns.map((c) => (
              <th key={c.full} scope="col" className={`${th} text-right`}>{c.full}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {map.rows.map((r) => (
            <tr key={r.label}>
              <th scope="row" className={`${td} font-normal`}>{r.label}</th>
              {r.cells.map((c, j) => (
                <td key={j} className={`${td} text-right tabular-nums`}>{c.exact ?? c.display}</td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}

function Table({ block, label }: { block: TableBlock; label: string }) {
  if (!block.rows.length) return <p>{block.empty}</p>;
  return (
    <Scroll label={label}>
      <table className="w-full border-collapse text-body-s">
        <caption className="sr-only">{block.title}</caption>
        <thead>
          <tr>
            {block.headers.map((h, i) => (
              <th key={h} scope="col" className={`${th} ${i ? "" : ""}`}>{h}</th>
            ))}
          </tr>
        </thead>
        <tbody>
          {block.rows.map((r, i) => (
            <tr key={i}>
              {r.map((c, j) =>
                j === 0 ? (
                  <th key={j} scope="row" className={`${td} font-normal`}>{c}</th>
                ) : (
                  <td key={j} className={td}>{c}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </Scroll>
  );
}
