import "server-only";
import PDFDocument from "pdfkit";

/**
 * A4 pages drawn with pdfkit: vector shapes and text in embedded TrueType
 * fonts (pdfkit subsets them, encodes Identity-H and writes a ToUnicode map,
 * so the text can be searched, copied and read aloud, å ä ö – € included).
 * Coordinates are points from the page's top-left corner. This class only
 * adapts pdfkit to the briefing's layout code (lib/dashboard/pdf.ts): text
 * whose top or baseline is at y, measuring and wrapping, pages kept in memory
 * so that the footer can say "page n of m".
 */
export const A4 = { width: 595.28, height: 841.89 };

export type FontKey = "regular" | "bold";

/** What pdfkit's font engine (fontkit) gives for a font file: glyph layout and its units. */
type LoadedFont = { layout(text: string): { advanceWidth: number }; unitsPerEm: number };
type Loaded = { font: LoadedFont; widths: Map<string, number>; layouts: Record<string, unknown> };

/**
 * Each font file is read and parsed once per process, not once per document
 * (pdfkit accepts the parsed font; each document still embeds only the
 * glyphs it uses). Widths are kept per process too: a briefing measures
 * thousands of strings while wrapping, mostly the same words.
 */
const loaded: Map<string, Loaded> = ((globalThis as { __pdfFonts?: Map<string, Loaded> }).__pdfFonts ??= new Map());
const MAX_WIDTHS = 50_000;

function loadFont(file: string) {
  let entry = loaded.get(file);
  // Bounded: the laid-out words (pdfkit adds them) start afresh past the limit.
  if (entry && Object.keys(entry.layouts).length > MAX_WIDTHS) entry.layouts = Object.create(null) as Record<string, unknown>;
  if (!entry) {
    // pdfkit's own loader parses the file; the parsed font is what a document's font() takes.
    const probe = new PDFDocument({ autoFirstPage: false, font: file }) as unknown as { _font: { font: LoadedFont } };
    entry = { font: probe._font.font, widths: new Map(), layouts: Object.create(null) as Record<string, unknown> };
    loaded.set(file, entry);
  }
  return entry;
}

/**
 * The width of a text in thousandths of the font size, as pdfkit measures it:
 * the text in runs that end after a space or tab, each run laid out alone.
 */
function textWidth(entry: Loaded, text: string): number {
  let total = 0;
  let last = 0;
  for (let i = 0; i <= text.length; i++) {
    if (i === text.length ? last < i : text[i] === " " || text[i] === "\t") {
      const run = text.slice(last, i + 1);
      let w = entry.widths.get(run);
      if (w === undefined) {
        w = (entry.font.layout(run).advanceWidth * 1000) / entry.font.unitsPerEm;
        if (entry.widths.size >= MAX_WIDTHS) entry.widths.clear();
        entry.widths.set(run, w);
      }
      total += w;
      last = i + 1;
    }
  }
  return total;
}
export type TextOptions = { font?: FontKey; size?: number; color?: string; align?: "left" | "right" | "center"; width?: number; /** y is the baseline, not the top. */ baseline?: boolean; /** An absolute URL the text links to. */ link?: string };

export class PdfDocument {
  readonly width = A4.width;
  readonly height = A4.height;
  private readonly doc: PDFKit.PDFDocument;
  private readonly chunks: Buffer[] = [];
  private readonly finished: Promise<Buffer>;
  private readonly fonts: Record<FontKey, ReturnType<typeof loadFont>>;

  /** `fontFiles`: paths of the TrueType files (the regular one is also pdfkit's default font, so no built-in font is loaded). */
  constructor(fontFiles: Record<FontKey, string>, info: { title: string; author: string; subject?: string; lang: string; compress?: boolean; created?: Date }) {
    this.fonts = { regular: loadFont(fontFiles.regular), bold: loadFont(fontFiles.bold) };
    this.doc = new PDFDocument({
      autoFirstPage: false,
      bufferPages: true,
      compress: info.compress ?? true,
      pdfVersion: "1.7",
      lang: info.lang,
      displayTitle: true,
      // No default font opened here: the registered ones below (pdfkit's types do not allow null).
      font: null as unknown as string,
      info: { Title: info.title, Author: info.author, ...(info.subject ? { Subject: info.subject } : {}), Creator: "Helsinki advocacy workspace", CreationDate: info.created ?? new Date() },
    });
    this.finished = new Promise((resolve, reject) => {
      this.doc.on("data", (chunk: Buffer) => this.chunks.push(chunk));
      this.doc.on("end", () => resolve(Buffer.concat(this.chunks)));
      this.doc.on("error", reject);
    });
    // Fonts are chosen by these names: pdfkit caches a font by the key it was first opened with.
    // (pdfkit's types name only a path; it takes a parsed font as well.)
    for (const key of ["regular", "bold"] as const) this.doc.registerFont(key, this.fonts[key].font as unknown as string);
    // pdfkit lays out each word once per document; the laid-out words are kept per process instead
    // (read only once made, like pdfkit's own per-document cache).
    const families = (this.doc as unknown as { _fontFamilies: Record<string, { layoutCache?: Record<string, unknown> }> })._fontFamilies;
    for (const key of ["bold", "regular"] as const) {
      this.doc.font(key);
      if (families[key]) families[key].layoutCache = this.fonts[key].layouts;
    }
  }

  get pageCount(): number {
    return this.doc.bufferedPageRange().count;
  }

  addPage(): number {
    this.doc.addPage({ size: [A4.width, A4.height], margin: 0 });
    return this.pageCount - 1;
  }

  /** Draw on an earlier page (e.g. "page 2 of 5" once the count is known). */
  switchToPage(index: number): void {
    this.doc.switchToPage(index);
  }

  private ensurePage() {
    if (this.pageCount === 0) this.addPage();
  }

  widthOf(text: string, size: number, font: FontKey = "regular"): number {
    return (textWidth(this.fonts[font], text) * size) / 1000;
  }

  /** One line of text whose top (or baseline) is at y. */
  text(text: string, x: number, y: number, o: TextOptions = {}): void {
    this.ensurePage();
    const size = o.size ?? 10;
    const font = o.font ?? "regular";
    const clean = text.replace(/[\u0000-\u001f]/g, " ");
    let left = x;
    if (o.width !== undefined && o.align && o.align !== "left") {
      const w = this.widthOf(clean, size, font);
      left = o.align === "right" ? x + o.width - w : x + (o.width - w) / 2;
    }
    this.doc
      .font(font)
      .fontSize(size)
      .fillColor(o.color ?? "#1a1a1a")
      .text(clean, left, y, { lineBreak: false, baseline: o.baseline ? "alphabetic" : "top", ...(o.link ? { link: o.link, underline: true } : {}) });
  }

  /** Break text into lines that fit a width (at spaces; a word longer than the width is cut). */
  wrap(text: string, width: number, size: number, font: FontKey = "regular"): string[] {
    const lines: string[] = [];
    for (const paragraph of text.split("\n")) {
      let line = "";
      for (const word of paragraph.split(/\s+/).filter(Boolean)) {
        const candidate = line ? `${line} ${word}` : word;
        if (this.widthOf(candidate, size, font) <= width) {
          line = candidate;
          continue;
        }
        if (line) lines.push(line);
        line = word;
        while (this.widthOf(line, size, font) > width && line.length > 1) {
          let cut = line.length - 1;
          while (cut > 1 && this.widthOf(line.slice(0, cut), size, font) > width) cut--;
          lines.push(line.slice(0, cut));
          line = line.slice(cut);
        }
      }
      lines.push(line);
    }
    return lines;
  }

  rect(x: number, y: number, w: number, h: number, o: { fill?: string; stroke?: string; lineWidth?: number }): void {
    this.ensurePage();
    const d = this.doc.save().rect(x, y, w, h);
    if (o.stroke) d.lineWidth(o.lineWidth ?? 0.5);
    if (o.fill && o.stroke) d.fillAndStroke(o.fill, o.stroke);
    else if (o.fill) d.fill(o.fill);
    else d.stroke(o.stroke ?? "#1a1a1a");
    d.restore();
  }

  line(x1: number, y1: number, x2: number, y2: number, o: { color?: string; width?: number; dash?: number[] } = {}): void {
    this.ensurePage();
    const d = this.doc.save().moveTo(x1, y1).lineTo(x2, y2).lineWidth(o.width ?? 0.5);
    if (o.dash?.length) d.dash(o.dash[0]!, { space: o.dash[1] ?? o.dash[0]! });
    d.stroke(o.color ?? "#1a1a1a").restore();
  }

  /** The finished file. */
  end(): Promise<Buffer> {
    this.ensurePage();
    this.doc.end();
    return this.finished;
  }
}
