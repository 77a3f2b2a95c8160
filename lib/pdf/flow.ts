import "server-only";
import type { FontKey, PdfDocument } from "./document";

/** Page margins of the app's A4 documents: a header band on top, "page n of m" at the foot. */
export const PAGE = { margin: 50, header: 58, footer: 40 };

/**
 * A cursor that moves down the page and starts a new one when the next thing
 * does not fit: the flowing text of the app's PDFs (the briefing, the
 * follow-up report). Headers and footers are drawn afterwards, once the page
 * count is known.
 */
export class PdfFlow {
  y = 0;
  readonly left = PAGE.margin;
  readonly width: number;
  constructor(readonly doc: PdfDocument) {
    this.width = doc.width - 2 * PAGE.margin;
  }

  get bottom() {
    return this.doc.height - PAGE.footer - 10;
  }

  newPage() {
    this.doc.addPage();
    this.y = PAGE.header;
  }

  /** The largest size ≤ `size` (and ≥ `min`) at which the text's longest word fits the width. */
  fitWords(text: string, size: number, min: number, width: number, font: FontKey): number {
    const longest = Math.max(...text.split(/\s+/).map((w) => this.doc.widthOf(w, size, font)));
    return longest <= width ? size : Math.max(min, (size * width) / longest);
  }

  ensure(height: number) {
    if (this.y + height > this.bottom) this.newPage();
  }

  lines(text: string, size: number, font: FontKey = "regular", width = this.width) {
    return this.doc.wrap(text, width, size, font);
  }

  /** `link`: an absolute URL every line of the paragraph links to. */
  paragraph(text: string, size: number, color = "#1a1a1a", font: FontKey = "regular", indent = 0, link?: string) {
    const lh = size * 1.35;
    for (const line of this.lines(text, size, font, this.width - indent)) {
      this.ensure(lh);
      this.doc.text(line, this.left + indent, this.y, { size, color, font, link });
      this.y += lh;
    }
    this.y += 4;
  }
}
