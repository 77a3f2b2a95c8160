import type { ChartLinks } from "@/lib/dashboard/format";
import type { BarChart, Block, HeatMap, ListBlock } from "@/lib/dashboard/model";
import { chartDrawing } from "@/lib/dashboard/svg";
import { ChartNumbers } from "./ChartNumbers";
import { NumbersTable, TextTable } from "./NumbersTable";

export type BlockLabels = {
  showTable: string;
  tableLabel: string;
  chartLabel: (title: string) => string;
  /** For the numbers fetched on request: while loading, when they could not be fetched, the link to the printable briefing. */
  loading: string;
  failed: string;
  fallback: string;
};

/**
 * One chart or table of the briefing. A chart is an image (its text
 * alternative names it), followed by its numbers as a table: on the
 * dashboard one click away (fetched when the disclosure opens), in the
 * printable briefing always open.
 */
export function BlockView({ block, labels, links, print = false }: { block: Block; labels: BlockLabels; links: ChartLinks; print?: boolean }) {
  const headingId = `${block.id}-heading`;
  return (
    <section aria-labelledby={headingId} className="mb-8 break-inside-avoid">
      <h3 id={headingId} className="mb-1 text-heading-xs font-bold">
        {block.title}
        {block.kind === "list" ? <span className="ml-2 font-normal tabular-nums">({block.count})</span> : null}
      </h3>
      {block.description ? <p className="mb-2 text-body-s text-muted">{block.description}</p> : null}
      {block.kind === "list" ? (
        <ItemList block={block} print={print} prefix={links.prefix} />
      ) : block.kind === "table" ? (
        <TextTable block={block} label={`${block.title} – ${labels.tableLabel}`} />
      ) : isEmpty(block) ? (
        <p>{block.empty}</p>
      ) : (
        <>
          <ChartImage block={block} src={links.svg(block.id)} alt={labels.chartLabel(block.title)} />
          {print ? (
            <NumbersTable block={block} label={`${block.title} – ${labels.tableLabel}`} prefix={links.prefix} />
          ) : (
            <ChartNumbers
              src={links.json(block.id)}
              fallbackHref={links.briefing(block.id)}
              prefix={links.prefix}
              labels={{ summary: labels.showTable, table: labels.tableLabel, loading: labels.loading, failed: labels.failed, fallback: labels.fallback }}
            />
          )}
        </>
      )}
    </section>
  );
}

const isEmpty = (b: BarChart | HeatMap) => b.rows.length === 0;

/** The chart as an image of its own address, as large as its drawing (so the page does not shift while it loads). */
function ChartImage({ block, src, alt }: { block: BarChart | HeatMap; src: string; alt: string }) {
  const d = chartDrawing(block);
  const width = Math.round(d.width);
  // A wide heat-map may use the page's whole width (never more than its own); the other charts at most 48rem.
  // A server-drawn SVG of the app's own: next/image would add nothing but a loader.
  // eslint-disable-next-line @next/next/no-img-element
  return <img src={src} alt={alt} width={width} height={Math.round(d.height)} className={`h-auto w-full ${width > 640 ? "" : "max-w-3xl"}`} style={width > 640 ? { maxWidth: width } : undefined} />;
}

/** The first items of a list, each linking to its page (`prefix`: the language, "/fi"), and a link to the whole list when there are more. */
function ItemList({ block, print, prefix }: { block: ListBlock; print: boolean; prefix: string }) {
  if (!block.items.length) return <p>{block.empty}</p>;
  return (
    <>
      <ul className="divide-y divide-line border-y border-line">
        {block.items.map((item, i) => (
          <li key={`${item.href ?? item.label}-${i}`} className="py-2">
            {item.href && !print ? <a href={prefix + item.href}>{item.label}</a> : <span className="font-semibold">{item.label}</span>}
            {item.detail ? <span className="block text-body-s">{item.detail}</span> : null}
          </li>
        ))}
      </ul>
      {block.more && !print ? (
        <p className="mt-2">
          <a href={prefix + block.more.href}>{block.more.label}</a>
        </p>
      ) : null}
    </>
  );
}
