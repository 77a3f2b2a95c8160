import type { Block, Briefing } from "@/lib/dashboard/model";
import type { ChartLinks } from "@/lib/dashboard/format";
import { BlockView, type BlockLabels } from "./BlockView";

/** The briefing's sections: key figures (each linking to its items), then charts with their tables. */
export function BriefingSections({
  briefing,
  labels,
  links,
  figuresLabel,
  print = false,
  sectionExtra,
}: {
  briefing: Briefing;
  /** The strings of the charts and tables (the table's label and "show the numbers" come from the briefing). */
  labels: Omit<BlockLabels, "showTable" | "tableLabel">;
  links: ChartLinks;
  figuresLabel: (section: string) => string;
  print?: boolean;
  /** Something the page adds under a section's introduction (the commentary form for coordinators). */
  sectionExtra?: (sectionId: string) => React.ReactNode;
}) {
  return (
    <>
      {briefing.sections.map((section) => (
        <section key={section.id} aria-labelledby={`section-${section.id}`} className="mb-10 border-t-4 border-bus pt-4">
          <h2 id={`section-${section.id}`} className="mb-2 text-heading-m font-bold">
            {section.title}
          </h2>
          {section.intro ? <p className="mb-4 max-w-3xl">{section.intro}</p> : null}
          {section.commentary ? (
            <aside aria-label={briefing.labels.commentary} className="mb-4 max-w-3xl border-l-4 border-bus bg-fog-light p-3">
              <p className="text-body-s font-bold text-bus">{briefing.labels.commentary}</p>
              <p className="whitespace-pre-line">{section.commentary}</p>
            </aside>
          ) : null}
          {sectionExtra?.(section.id)}
          {section.figures.length ? (
            <>
            <h3 className="sr-only">{figuresLabel(section.title)}</h3>
            <dl className="mb-6 grid grid-cols-2 gap-3 sm:grid-cols-3 lg:grid-cols-5">
              {section.figures.map((f) => (
                <div key={f.key} className={`flex flex-col-reverse border-2 p-3 ${f.alert ? "border-error bg-error-light" : "border-line"}`}>
                  <dt className="text-body-s">{f.label}</dt>
                  <dd className="text-heading-m font-bold tabular-nums">
                    {f.href && !print ? <a href={links.prefix + f.href}>{f.value}</a> : f.value}
                  </dd>
                </div>
              ))}
            </dl>
            </>
          ) : null}
          <BlockGrid blocks={section.blocks} print={print} links={links} labels={{ ...labels, showTable: briefing.labels.showTable, tableLabel: briefing.labels.table }} />
        </section>
      ))}
    </>
  );
}

/** Charts and tables side by side on a wide screen (bar charts two abreast, the rest across), one under another in print. */
export function BlockGrid({ blocks, labels, links, print = false }: { blocks: Block[]; labels: BlockLabels; links: ChartLinks; print?: boolean }) {
  return (
    <div className={print ? undefined : "grid gap-x-10 lg:grid-cols-2"}>
      {blocks.map((b) => (
        <div key={b.id} className={b.kind === "bars" ? undefined : "lg:col-span-2"}>
          <BlockView block={b} print={print} links={links} labels={labels} />
        </div>
      ))}
    </div>
  );
}
