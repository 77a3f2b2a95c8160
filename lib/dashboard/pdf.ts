import "server-only";
import { PdfDocument, type FontKey } from "@/lib/pdf/document";
import { PAGE, PdfFlow } from "@/lib/pdf/flow";
import { dejaVuFonts } from "@/lib/pdf/fonts";
import { layoutBars, layoutHeatMap, type Drawing } from "./geometry";
import { palette, type BarChart, type Block, type Briefing, type Figure, type HeatMap, type ListBlock } from "./model";

/**
 * The briefing as a paginated A4 PDF: the city's header band on every page,
 * the scope (period, goal, date) on the first, each section's key figures,
 * its charts drawn as vector graphics and the numbers under each chart, and
 * "page n of m" in the footer, drawn with pdfkit (lib/pdf/document.ts).
 * The fonts (lib/pdf/fonts.ts) cover å ä ö, the en dash and the euro sign.
 */
const MARGIN = PAGE.margin;
const FOOTER = PAGE.footer;

/**
 * `baseUrl`: the app's configured address (APP_URL); the briefing's links
 * ("/staff/…", without the locale) become absolute links in the reader's language.
 */
export async function renderBriefingPdf(b: Briefing, o: { compress?: boolean; confidential: string; now?: Date; baseUrl: string }): Promise<Buffer> {
  const doc = new PdfDocument(dejaVuFonts, { title: `${b.title} – ${b.period}`, author: b.city, subject: b.scopeLine, lang: b.locale, compress: o.compress, created: o.now });
  const w = new Writer(doc, (href) => `${o.baseUrl.replace(/\/+$/, "")}/${b.locale}${href}`);
  w.newPage();
  w.titleBlock(b);
  for (const section of b.sections) {
    w.ensure(110);
    w.sectionTitle(section.title);
    if (section.intro) w.paragraph(section.intro, 9, palette.muted);
    if (section.commentary) w.commentary(b.labels.commentary, section.commentary);
    if (section.figures.length) w.figures(section.figures);
    for (const block of section.blocks) w.block(block);
  }
  // Header and footer on every page, now that the page count is known.
  for (let i = 0; i < doc.pageCount; i++) {
    doc.switchToPage(i);
    drawHeader(doc, b);
    drawFooter(doc, b, o.confidential, i + 1, doc.pageCount);
  }
  return doc.end();
}

function drawHeader(doc: PdfDocument, b: Briefing) {
  doc.rect(0, 0, doc.width, 40, { fill: palette.bus });
  doc.text(b.city, MARGIN, 12, { font: "bold", size: 13, color: "#ffffff" });
  doc.text(b.title, MARGIN + 160, 15, { size: 8.5, color: "#ffffff", width: doc.width - 2 * MARGIN - 160, align: "right" });
}

function drawFooter(doc: PdfDocument, b: Briefing, confidential: string, page: number, pages: number) {
  const y = doc.height - FOOTER + 10;
  doc.line(MARGIN, y - 6, doc.width - MARGIN, y - 6, { color: palette.silver, width: 0.75 });
  doc.text(`${b.labels.generated} · ${confidential}`, MARGIN, y, { size: 7.5, color: palette.muted });
  doc.text(`${b.labels.page} ${page} ${b.labels.of} ${pages}`, MARGIN, y, { size: 7.5, color: palette.muted, width: doc.width - 2 * MARGIN, align: "right" });
}

/** The briefing's blocks on the flowing pages (lib/pdf/flow.ts). */
class Writer extends PdfFlow {
  constructor(
    doc: PdfDocument,
    readonly absolute: (href: string) => string,
  ) {
    super(doc);
  }

  /** The coordinator's commentary: a note under the section title, marked by a bar on its left. */
  commentary(label: string, text: string) {
    this.ensure(40);
    const top = this.y;
    const page = this.doc.pageCount;
    this.y += 4;
    this.paragraph(label, 8, palette.bus, "bold", 10);
    this.y -= 2;
    this.paragraph(text, 9.5, palette.ink, "regular", 10);
    if (this.doc.pageCount === page) this.doc.rect(this.left, top, 3, this.y - top - 2, { fill: palette.bus });
    this.y += 4;
  }

  /** A bounded list: each item (a link back to it) with its detail, then "show all n" as a link. */
  list(block: ListBlock) {
    if (!block.items.length) {
      this.paragraph(block.empty, 9);
      return;
    }
    for (const item of block.items) {
      this.ensure(24);
      this.paragraph(item.label, 9, item.href ? palette.bus : palette.ink, "bold", 8, item.href ? this.absolute(item.href) : undefined);
      this.y -= 3;
      if (item.detail) this.paragraph(item.detail, 8, palette.muted, "regular", 8);
    }
    if (block.more) this.paragraph(block.more.label, 8.5, palette.bus, "regular", 8, this.absolute(block.more.href));
    this.y += 4;
  }

  titleBlock(b: Briefing) {
    this.paragraph(b.title, 20, palette.bus, "bold");
    this.paragraph(b.period, 12, palette.ink, "bold");
    if (b.goal) this.paragraph(b.goal, 11);
    this.paragraph(b.scopeLine, 9, palette.muted);
    this.y += 6;
  }

  sectionTitle(title: string) {
    this.y += 6;
    this.doc.rect(this.left, this.y, this.width, 3, { fill: palette.bus });
    this.y += 9;
    this.paragraph(title, 15, palette.ink, "bold");
  }

  figures(figures: Figure[]) {
    const perRow = 5;
    const gap = 8;
    const boxW = (this.width - gap * (perRow - 1)) / perRow;
    for (let i = 0; i < figures.length; i += perRow) {
      const row = figures.slice(i, i + perRow);
      // Long compound words ("Regeringsprogrammål") are set smaller rather than broken.
      const labelSize = row.map((f) => this.fitWords(f.label, 7.5, 6, boxW - 12, "regular"));
      const labelLines = row.map((f, j) => this.lines(f.label, labelSize[j]!, "regular", boxW - 12));
      // A long value (e.g. a round's name) is set smaller and may wrap; numbers stay at 15 pt.
      const valueSize = row.map((f) => Math.min(15, Math.max(8, (15 * (boxW - 12)) / Math.max(1, this.doc.widthOf(f.value, 15, "bold")))));
      const valueLines = row.map((f, j) => this.lines(f.value, valueSize[j]!, "bold", boxW - 12));
      const valueH = Math.max(...valueLines.map((l, j) => l.length * valueSize[j]! * 1.2));
      const h = 14 + valueH + Math.max(...labelLines.map((l) => l.length)) * 9.5;
      this.ensure(h + gap);
      row.forEach((f, j) => {
        const x = this.left + j * (boxW + gap);
        this.doc.rect(x, this.y, boxW, h, { fill: f.alert ? "#ffeeed" : palette.silverLight, stroke: f.alert ? palette.brick : palette.silver, lineWidth: 1 });
        const link = f.href ? this.absolute(f.href) : undefined;
        valueLines[j]!.forEach((line, k) => this.doc.text(line, x + 6, this.y + 7 + k * valueSize[j]! * 1.2, { font: "bold", size: valueSize[j]!, color: link ? palette.bus : palette.ink, link }));
        labelLines[j]!.forEach((line, k) => this.doc.text(line, x + 6, this.y + 9 + valueH + k * 9.5, { size: labelSize[j]!, color: palette.ink }));
      });
      this.y += h + gap;
    }
    this.y += 6;
  }

  block(block: Block) {
    const descLines = block.description ? this.lines(block.description, 8, "regular") : [];
    this.ensure(22 + descLines.length * 11 + 60);
    this.paragraph(block.kind === "list" ? `${block.title} (${block.count})` : block.title, 11, palette.ink, "bold");
    if (block.description) this.paragraph(block.description, 8, palette.muted);
    if (block.kind === "list") {
      this.list(block);
      return;
    }
    if (block.kind === "table") {
      this.table(block.headers, block.rows, block.empty);
      return;
    }
    if (!block.rows.length) {
      this.paragraph(block.empty, 9);
      return;
    }
    if (block.kind === "bars") this.bars(block);
    else {
      this.drawing(layoutHeatMap(block, { width: 640, rowLabel: 170 }));
      // The chart and table head columns by short names (programme codes); say what they stand for.
      const key = block.columns.filter((c) => c.short !== c.full).map((c) => `${c.short} = ${c.full}`);
      if (key.length) this.paragraph(key.join("; "), 7, palette.muted);
    }
    this.y += 4;
    this.table(...numbers(block), "");
    this.y += 8;
  }

  /** Bars in chunks that fit the page. */
  bars(chart: BarChart) {
    const scale = this.width / 640;
    let rows = chart.rows;
    while (rows.length) {
      let n = rows.length;
      let d = layoutBars({ ...chart, rows: rows.slice(0, n) });
      while (n > 1 && d.height * scale > this.bottom - this.y) {
        n = Math.max(1, Math.floor(n * 0.7));
        d = layoutBars({ ...chart, rows: rows.slice(0, n) });
      }
      this.ensure(d.height * scale);
      this.drawing(d);
      rows = rows.slice(n);
    }
  }

  drawing(d: Drawing) {
    const s = this.width / d.width;
    this.ensure(d.height * s);
    const ox = this.left;
    const oy = this.y;
    for (const shape of d.shapes) {
      if (shape.t === "rect") this.doc.rect(ox + shape.x * s, oy + shape.y * s, shape.w * s, shape.h * s, { fill: shape.fill, stroke: shape.stroke, lineWidth: 0.5 });
      else if (shape.t === "line") this.doc.line(ox + shape.x1 * s, oy + shape.y1 * s, ox + shape.x2 * s, oy + shape.y2 * s, { color: shape.color, width: (shape.width ?? 1) * s, dash: shape.dash ? [2, 2] : undefined });
      else {
        const size = shape.size * s;
        const font: FontKey = shape.bold ? "bold" : "regular";
        const tw = this.doc.widthOf(shape.text, size, font);
        const x = ox + shape.x * s - (shape.anchor === "end" ? tw : shape.anchor === "middle" ? tw / 2 : 0);
        this.doc.text(shape.text, x, oy + shape.y * s, { size, font, color: shape.color ?? palette.ink, baseline: true });
      }
    }
    this.y += d.height * s + 4;
  }

  /** A table: the first column wraps, the others are right-aligned numbers; the header repeats on a new page. */
  table(headers: string[], rows: string[][], empty: string) {
    if (!rows.length) {
      if (empty) this.paragraph(empty, 9);
      return;
    }
    const size = 7.5;
    const lh = size * 1.3;
    // Number columns as wide as their longest header word or value; the first column takes the rest.
    const natural = headers.map((h, i) =>
      i === 0 ? 0 : Math.max(36, ...h.split(/\s+/).map((w) => this.doc.widthOf(w, size, "bold")), ...rows.map((r) => this.doc.widthOf(r[i] ?? "", size))) + 8,
    );
    const othersW = natural.reduce((a, b) => a + b, 0);
    const scale = othersW > this.width * 0.6 ? (this.width * 0.6) / othersW : 1;
    const widths = natural.map((w, i) => (i === 0 ? this.width - othersW * scale : w * scale));
    const starts = widths.map((_, i) => this.left + widths.slice(0, i).reduce((a, b) => a + b, 0));
    const colX = (i: number) => starts[i]!;
    const colW = (i: number) => widths[i]!;
    const drawRow = (cells: string[], font: FontKey, fill?: string) => {
      // A header word that does not fit its column is set smaller rather than broken.
      const sizes = cells.map((c, i) => (font === "bold" ? this.fitWords(c, size, 5, colW(i) - 6, font) : size));
      const wrapped = cells.map((c, i) => this.lines(c, sizes[i]!, font, colW(i) - 6));
      const h = Math.max(...wrapped.map((l) => l.length)) * lh + 5;
      if (this.y + h > this.bottom) {
        this.newPage();
        if (font !== "bold") drawHeader();
      }
      if (fill) this.doc.rect(this.left, this.y, this.width, h, { fill });
      wrapped.forEach((lines, i) =>
        lines.forEach((line, k) =>
          this.doc.text(line, colX(i) + 3, this.y + 2.5 + k * lh, { size: sizes[i]!, font, color: palette.ink, width: colW(i) - 6, align: i === 0 ? "left" : "right" }),
        ),
      );
      this.y += h;
      this.doc.line(this.left, this.y, this.left + this.width, this.y, { color: palette.silver, width: 0.5 });
    };
    const drawHeader = () => drawRow(headers, "bold", palette.silverLight);
    this.ensure(lh * 3 + 10);
    drawHeader();
    for (const r of rows) drawRow(r, "regular");
    this.y += 6;
  }
}

/** A chart's numbers as table headers and rows (the same as the HTML table alternative). */
function numbers(block: BarChart | HeatMap): [string[], string[][]] {
  if (block.kind === "bars") {
    return [
      [block.categoryHeader, ...block.series.map((s) => s.name), ...(block.extraHeaders ?? [])],
      block.rows.map((r) => [r.sublabel ? `${r.label} (${r.sublabel})` : r.label, ...r.values.map((v) => v.display), ...(r.extra ?? [])]),
    ];
  }
  return [[block.corner, ...block.columns.map((c) => c.short)], block.rows.map((r) => [r.label, ...r.cells.map((c) => c.display)])];
}
