import { createElement as h } from "react";
import { describe, expect, it, vi } from "vitest";
import { MeasureFlags, measureFlagLabels } from "@/components/strategy/MeasureFlags";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { Table } from "@/components/ui/Table";
import { renderHtml, renderLocale } from "../helpers/render";

vi.mock("next-intl/server", async () => (await import("../helpers/render")).translationsMock());

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

/**
 * The pieces a list repeats on every row are plain markup with short classes
 * (app/globals.css) and what they say written out: a reader still gets the
 * status, the flags' words and the progress bar's name and number.
 */
describe("the row pieces of a list", () => {
  it("a status badge has its colour class when the status has one, a plain badge otherwise", async () => {
    expect(await renderHtml(h(StatusBadge, { status: "on_schedule", label: "On schedule" }))).toBe('<span class="badge badge-on_schedule">On schedule</span>');
    expect(await renderHtml(h(StatusBadge, { status: "submitted", label: "Submitted" }))).toBe('<span class="badge">Submitted</span>');
  });

  it("the flags are written out in the page's language, looked up once", async () => {
    renderLocale.current = "fi";
    const labels = await measureFlagLabels();
    renderLocale.current = "en";
    expect(labels).toEqual({ late: "Myöhässä", stale: "Ei päivitetty" });
    const both = await renderHtml(h(MeasureFlags, { late: true, stale: true, labels }));
    expect(both).toBe(`<span class="flags"><span class="flag flag-late">Myöhässä</span><span class="flag flag-stale">Ei päivitetty</span></span>`);
    expect(await renderHtml(h(MeasureFlags, { late: false, stale: false, labels }))).toBe("");
  });

  it("a progress bar is named, says its value to assistive technology and writes the number out; unknown is a dash", async () => {
    const html = await renderHtml(h(ProgressBar, { value: 40, label: "Progress: Networks" }));
    expect(html).toBe(
      '<div class="meter"><span role="progressbar" aria-label="Progress: Networks" aria-valuemin="0" aria-valuemax="100" aria-valuenow="40" class="meter-bar" style="--v:40%"></span>40 %</div>',
    );
    expect(await renderHtml(h(ProgressBar, { value: null, label: "Progress: Networks" }))).toContain('aria-valuenow="0" class="meter-bar" style="--v:0%"></span>–</div>');
  });
});
