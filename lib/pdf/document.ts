import { randomBytes } from "node:crypto";
import { deflateSync } from "node:zlib";
import { parseTrueType, type TrueTypeFont } from "./ttf";

/**
 * A small PDF writer: A4 pages, vector drawing, and text in embedded
 * TrueType fonts (subset, Identity-H encoded, with a ToUnicode map so that
 * the text can be searched, copied and read aloud). Coordinates are points
 * from the page's top-left corner. No dependency: pdfkit's built-in fonts
 * could not write every character of Finnish and Swedish text (å ä ö – …).
 */
export const A4 = { width: 595.28, height: 841.89 };

export type FontKey = "regular" | "bold";
export type TextOptions = { font?: FontKey; size?: number; color?: string; align?: "left" | "right" | "center"; width?: number; /** y is the baseline, not the top. */ baseline?: boolean };

class EmbeddedFont {
  readonly used = new Map<number, string>();
  constructor(
    readonly key: FontKey,
    readonly resource: string,
    readonly ttf: TrueTypeFont,
  ) {}

  private glyphs(text: string): number[] {
    const out: number[] = [];
    for (const ch of text) out.push(this.ttf.glyphFor(ch.codePointAt(0) ?? 0));
    return out;
  }

  /** The text as a hex string of glyph numbers, remembering which characters they stand for. */
  encode(text: string): string {
    let hex = "";
    for (const ch of text) {
      const g = this.ttf.glyphFor(ch.codePointAt(0) ?? 0);
      if (!this.used.has(g)) this.used.set(g, ch);
      hex += g.toString(16).padStart(4, "0");
    }
    return hex;
  }

  width(text: string, size: number): number {
    let units = 0;
    for (const g of this.glyphs(text)) units += this.ttf.advance(g);
    return (units * size) / this.ttf.unitsPerEm;
  }
}

const num = (n: number) => (Math.round(n * 100) / 100).toString();

function rgb(hex: string): string {
  const m = /^#?([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(hex);
  if (!m) throw new Error(`not a colour: ${hex}`);
  return [m[1], m[2], m[3]].map((c) => num(parseInt(c!, 16) / 255)).join(" ");
}

/** A PDF text string: UTF-16BE with a byte-order mark, as hex. */
function pdfText(s: string): string {
  const b = Buffer.from(s, "utf16le").swap16();
  return `<FEFF${b.toString("hex").toUpperCase()}>`;
}

function utf16Hex(s: string): string {
  return Buffer.from(s, "utf16le").swap16().toString("hex").toUpperCase();
}

export class PdfDocument {
  readonly width = A4.width;
  readonly height = A4.height;
  private pages: string[][] = [];
  private current = -1;
  private fonts: Record<FontKey, EmbeddedFont>;

  constructor(
    fontFiles: Record<FontKey, Buffer>,
    private readonly info: { title: string; author: string; subject?: string; lang: string; compress?: boolean; created?: Date },
  ) {
    this.fonts = { regular: new EmbeddedFont("regular", "F1", parseTrueType(fontFiles.regular)), bold: new EmbeddedFont("bold", "F2", parseTrueType(fontFiles.bold)) };
  }

  get pageCount(): number {
    return this.pages.length;
  }

  addPage(): number {
    this.pages.push([]);
    this.current = this.pages.length - 1;
    return this.current;
  }

  /** Draw on an earlier page (e.g. "page 2 of 5" once the count is known). */
  switchToPage(index: number): void {
    if (index < 0 || index >= this.pages.length) throw new Error(`no page ${index}`);
    this.current = index;
  }

  private op(s: string) {
    if (this.current < 0) this.addPage();
    this.pages[this.current]!.push(s);
  }

  /** Height of a line of text at a size (ascent − descent). */
  lineHeight(size: number, font: FontKey = "regular"): number {
    const f = this.fonts[font].ttf;
    return ((f.ascent - f.descent) * size) / f.unitsPerEm;
  }

  widthOf(text: string, size: number, font: FontKey = "regular"): number {
    return this.fonts[font].width(text, size);
  }

  /** One line of text whose top is at y. */
  text(text: string, x: number, y: number, o: TextOptions = {}): void {
    const size = o.size ?? 10;
    const font = this.fonts[o.font ?? "regular"];
    const clean = text.replace(/[\u0000-\u001f]/g, " ");
    let left = x;
    if (o.width !== undefined && o.align && o.align !== "left") {
      const w = font.width(clean, size);
      left = o.align === "right" ? x + o.width - w : x + (o.width - w) / 2;
    }
    const baseline = this.height - (o.baseline ? y : y + (font.ttf.ascent * size) / font.ttf.unitsPerEm);
    this.op(`BT /${font.resource} ${num(size)} Tf ${rgb(o.color ?? "#1a1a1a")} rg 1 0 0 1 ${num(left)} ${num(baseline)} Tm <${font.encode(clean)}> Tj ET`);
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
    const parts = ["q"];
    if (o.fill) parts.push(`${rgb(o.fill)} rg`);
    if (o.stroke) parts.push(`${rgb(o.stroke)} RG ${num(o.lineWidth ?? 0.5)} w`);
    parts.push(`${num(x)} ${num(this.height - y - h)} ${num(w)} ${num(h)} re`);
    parts.push(o.fill && o.stroke ? "B" : o.fill ? "f" : "S", "Q");
    this.op(parts.join(" "));
  }

  line(x1: number, y1: number, x2: number, y2: number, o: { color?: string; width?: number; dash?: number[] } = {}): void {
    const dash = o.dash ? `[${o.dash.map(num).join(" ")}] 0 d ` : "";
    this.op(`q ${rgb(o.color ?? "#1a1a1a")} RG ${num(o.width ?? 0.5)} w ${dash}${num(x1)} ${num(this.height - y1)} m ${num(x2)} ${num(this.height - y2)} l S Q`);
  }

  /** A polyline through points, optionally with a filled circle at each point. */
  polyline(points: [number, number][], o: { color: string; width?: number; marker?: number }): void {
    if (!points.length) return;
    const path = points.map(([x, y], i) => `${num(x)} ${num(this.height - y)} ${i ? "l" : "m"}`).join(" ");
    if (points.length > 1) this.op(`q ${rgb(o.color)} RG ${num(o.width ?? 1)} w 1 j ${path} S Q`);
    if (o.marker) for (const [x, y] of points) this.circle(x, y, o.marker, o.color);
  }

  circle(cx: number, cy: number, r: number, fill: string): void {
    // Four Bézier arcs (k ≈ 0.5523 of the radius for each quarter).
    const k = 0.5523 * r;
    const y = this.height - cy;
    this.op(
      `q ${rgb(fill)} rg ${num(cx + r)} ${num(y)} m ${num(cx + r)} ${num(y + k)} ${num(cx + k)} ${num(y + r)} ${num(cx)} ${num(y + r)} c ` +
        `${num(cx - k)} ${num(y + r)} ${num(cx - r)} ${num(y + k)} ${num(cx - r)} ${num(y)} c ${num(cx - r)} ${num(y - k)} ${num(cx - k)} ${num(y - r)} ${num(cx)} ${num(y - r)} c ` +
        `${num(cx + k)} ${num(y - r)} ${num(cx + r)} ${num(y - k)} ${num(cx + r)} ${num(y)} c f Q`,
    );
  }

  /** The finished file. */
  end(): Buffer {
    if (!this.pages.length) this.addPage();
    const compress = this.info.compress ?? true;
    const objects: (Buffer | string)[] = [];
    const reserve = () => objects.push(""); // object numbers start at 1
    const set = (n: number, body: Buffer | string) => {
      objects[n - 1] = body;
    };
    const stream = (dict: string, content: Buffer | string, allowCompress = true) => {
      const raw = typeof content === "string" ? Buffer.from(content, "latin1") : content;
      const body = compress && allowCompress ? deflateSync(raw) : raw;
      const filter = compress && allowCompress ? " /Filter /FlateDecode" : "";
      return Buffer.concat([Buffer.from(`<< ${dict}${filter} /Length ${body.length} >>\nstream\n`, "latin1"), body, Buffer.from("\nendstream", "latin1")]);
    };

    const catalog = reserve();
    const pagesRoot = reserve();
    const infoObj = reserve();
    const tag = randomBytes(3).toString("hex").toUpperCase().replace(/[0-9]/g, (d) => "ABCDEFGHIJ"[Number(d)]!);
    const fontRefs: string[] = [];
    for (const font of Object.values(this.fonts)) {
      const type0 = reserve();
      const cid = reserve();
      const descriptor = reserve();
      const file = reserve();
      const toUnicode = reserve();
      const ttf = font.ttf;
      const scale = (v: number) => Math.round((v * 1000) / ttf.unitsPerEm);
      const baseName = `${tag}+${ttf.name}`;
      const glyphs = [...font.used.keys()].sort((a, b) => a - b);
      const widths = glyphs.map((g) => `${g} [${scale(ttf.advance(g))}]`).join(" ");
      const subset = ttf.subset(glyphs);
      set(file, stream(`/Length1 ${subset.length}`, subset));
      set(
        descriptor,
        `<< /Type /FontDescriptor /FontName /${baseName} /Flags 32 /FontBBox [${ttf.bbox.map(scale).join(" ")}] /ItalicAngle ${ttf.italicAngle} ` +
          `/Ascent ${scale(ttf.ascent)} /Descent ${scale(ttf.descent)} /CapHeight ${scale(ttf.capHeight)} /StemV ${font.key === "bold" ? 140 : 80} /FontFile2 ${file} 0 R >>`,
      );
      set(
        cid,
        `<< /Type /Font /Subtype /CIDFontType2 /BaseFont /${baseName} /CIDSystemInfo << /Registry (Adobe) /Ordering (Identity) /Supplement 0 >> ` +
          `/FontDescriptor ${descriptor} 0 R /DW 1000 /W [${widths}] /CIDToGIDMap /Identity >>`,
      );
      set(toUnicode, stream("", toUnicodeCMap(font.used)));
      set(type0, `<< /Type /Font /Subtype /Type0 /BaseFont /${baseName} /Encoding /Identity-H /DescendantFonts [${cid} 0 R] /ToUnicode ${toUnicode} 0 R >>`);
      fontRefs.push(`/${font.resource} ${type0} 0 R`);
    }
    const pageRefs: number[] = [];
    for (const ops of this.pages) {
      const page = reserve();
      const content = reserve();
      set(content, stream("", Buffer.from(ops.join("\n"), "latin1")));
      set(
        page,
        `<< /Type /Page /Parent ${pagesRoot} 0 R /MediaBox [0 0 ${num(this.width)} ${num(this.height)}] /Resources << /Font << ${fontRefs.join(" ")} >> >> /Contents ${content} 0 R >>`,
      );
      pageRefs.push(page);
    }
    set(pagesRoot, `<< /Type /Pages /Kids [${pageRefs.map((p) => `${p} 0 R`).join(" ")}] /Count ${pageRefs.length} >>`);
    set(catalog, `<< /Type /Catalog /Pages ${pagesRoot} 0 R /Lang ${pdfText(this.info.lang)} /ViewerPreferences << /DisplayDocTitle true >> >>`);
    const d = this.info.created ?? new Date();
    const pdfDate = `D:${d.toISOString().replace(/[-:T]/g, "").slice(0, 14)}Z`;
    set(
      infoObj,
      `<< /Title ${pdfText(this.info.title)} /Author ${pdfText(this.info.author)}${this.info.subject ? ` /Subject ${pdfText(this.info.subject)}` : ""} ` +
        `/Creator ${pdfText("Helsinki advocacy workspace")} /CreationDate (${pdfDate}) >>`,
    );

    const chunks: Buffer[] = [Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1")];
    let offset = chunks[0]!.length;
    const offsets: number[] = [];
    objects.forEach((body, i) => {
      offsets.push(offset);
      const b = Buffer.concat([Buffer.from(`${i + 1} 0 obj\n`, "latin1"), typeof body === "string" ? Buffer.from(body, "latin1") : body, Buffer.from("\nendobj\n", "latin1")]);
      chunks.push(b);
      offset += b.length;
    });
    const id = randomBytes(16).toString("hex");
    const xref =
      `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n` +
      offsets.map((o) => `${String(o).padStart(10, "0")} 00000 n \n`).join("") +
      `trailer\n<< /Size ${objects.length + 1} /Root ${catalog} 0 R /Info ${infoObj} 0 R /ID [<${id}> <${id}>] >>\nstartxref\n${offset}\n%%EOF\n`;
    chunks.push(Buffer.from(xref, "latin1"));
    return Buffer.concat(chunks);
  }
}

/** The map from glyph numbers back to characters (copy, search, screen readers). */
function toUnicodeCMap(used: Map<number, string>): string {
  const entries = [...used.entries()].sort(([a], [b]) => a - b);
  const blocks: string[] = [];
  for (let i = 0; i < entries.length; i += 100) {
    const chunk = entries.slice(i, i + 100);
    blocks.push(`${chunk.length} beginbfchar\n${chunk.map(([g, ch]) => `<${g.toString(16).padStart(4, "0").toUpperCase()}> <${utf16Hex(ch)}>`).join("\n")}\nendbfchar`);
  }
  return [
    "/CIDInit /ProcSet findresource begin",
    "12 dict begin",
    "begincmap",
    "/CIDSystemInfo << /Registry (Adobe) /Ordering (UCS) /Supplement 0 >> def",
    "/CMapName /Adobe-Identity-UCS def",
    "/CMapType 2 def",
    "1 begincodespacerange",
    "<0000> <FFFF>",
    "endcodespacerange",
    ...blocks,
    "endcmap",
    "CMapName currentdict /CMap defineresource pop",
    "end",
    "end",
  ].join("\n");
}
