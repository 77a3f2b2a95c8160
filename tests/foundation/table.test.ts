import { createElement as h } from "react";
import { describe, expect, it } from "vitest";
import { Table } from "@/components/ui/Table";
import { renderHtml } from "../helpers/render";

/**
 * The shared table frame renders the markup the pages wrote by hand before
 * (caption, header row, rows, footer, the scrolling box), so moving a page
 * onto it changes nothing a reader or a test sees.
 */
describe("Table", () => {
  it("renders the hand-written frame: scrolling box, caption, header cells, rows, footer", async () => {
    const row = h("tr", { className: "border-b border-line" }, h("th", { scope: "row", className: "p-2 font-normal" }, "Helsinki"), h("td", { className: "p-2 text-right" }, "3"));
    const foot = h("tr", { className: "border-t-2 border-ink" }, h("th", { scope: "row", className: "p-2" }, "All"), h("td", { className: "p-2 text-right" }, "3"));
    const html = await renderHtml(
      h(Table, { caption: "Results", describedBy: "rule", wrapperClassName: "mb-8 overflow-x-auto", head: ["Priority", { label: "Answers", numeric: true }, { label: "Field", className: "w-1/5 p-2" }], foot }, row),
    );
    expect(html).toBe(
      '<div class="mb-8 overflow-x-auto"><table class="w-full border-collapse text-left text-body-s" aria-describedby="rule">' +
        '<caption class="sr-only">Results</caption>' +
        '<thead><tr class="border-b-2 border-ink"><th scope="col" class="p-2">Priority</th><th scope="col" class="p-2 text-right">Answers</th><th scope="col" class="w-1/5 p-2">Field</th></tr></thead>' +
        '<tbody><tr class="border-b border-line"><th scope="row" class="p-2 font-normal">Helsinki</th><td class="p-2 text-right">3</td></tr></tbody>' +
        '<tfoot><tr class="border-t-2 border-ink"><th scope="row" class="p-2">All</th><td class="p-2 text-right">3</td></tr></tfoot>' +
        "</table></div>",
    );
  });

  it("a region box is focusable and named by the caption; without a box the table stands alone", async () => {
    const region = await renderHtml(h(Table, { caption: "Projects", wrapperClassName: "overflow-x-auto", region: true, head: ["Name"] }, null));
    expect(region).toMatch(/^<div class="overflow-x-auto" tabindex="0" role="region" aria-label="Projects"><table /);
    const bare = await renderHtml(h(Table, { className: "w-full text-left", head: ["Name"] }, null));
    expect(bare).toBe('<table class="w-full text-left"><thead><tr class="border-b-2 border-ink"><th scope="col" class="p-2">Name</th></tr></thead><tbody></tbody></table>');
  });
});
