import { inflateSync } from "node:zlib";

/**
 * Reads a PDF the way a text extractor does, independently of the app's
 * writer (pdfkit): objects, the page tree, each page's resources (inline or
 * referenced), content stream (inflated when compressed) and each font's
 * ToUnicode map (bfchar, bfrange by offset or by array, several characters
 * per code for ligatures), then the text shown by Tj/TJ. Document info
 * strings are read as hex or literal strings, direct or referenced.
 * Enough for the files this app produces, not for every PDF.
 */
export type PdfText = { pageCount: number; declaredCount: number; pages: string[]; info: string };

/** All text of the pages with any run of white space (also no-break spaces) as one space. */
export const flatText = (pages: string[]) => pages.join("\n").replace(/\s+/g, " ");

type Obj = { dict: string; stream?: Buffer };

export function readPdf(file: Buffer): PdfText {
  const s = file.toString("latin1");
  if (!s.startsWith("%PDF-")) throw new Error("not a PDF");
  const objects = new Map<number, Obj>();
  const re = /(\d+) 0 obj\s*/g;
  let m: RegExpExecArray | null;
  while ((m = re.exec(s))) {
    const start = m.index + m[0].length;
    let end = s.indexOf("endobj", start);
    const streamAt = s.indexOf("stream", start);
    const lengthMatch = streamAt >= 0 && streamAt < end ? /\/Length (\d+)/.exec(s.slice(start, streamAt)) : null;
    if (lengthMatch) {
      const length = Number(lengthMatch[1]);
      let dataStart = streamAt + "stream".length;
      if (s[dataStart] === "\r") dataStart++;
      if (s[dataStart] === "\n") dataStart++;
      const raw = file.subarray(dataStart, dataStart + length);
      const dict = s.slice(start, streamAt);
      objects.set(Number(m[1]), { dict, stream: /\/FlateDecode/.test(dict) ? inflateSync(raw) : raw });
      end = s.indexOf("endobj", dataStart + length);
    } else {
      objects.set(Number(m[1]), { dict: s.slice(start, end) });
    }
    re.lastIndex = end;
  }
  const ref = (dict: string, key: string) => {
    const r = new RegExp(`/${key} (\\d+) 0 R`).exec(dict);
    return r ? objects.get(Number(r[1])) : undefined;
  };
  const trailer = s.slice(s.lastIndexOf("trailer"));
  const root = ref(trailer, "Root");
  const info = ref(trailer, "Info");
  const pagesObj = root && ref(root.dict, "Pages");
  if (!pagesObj) throw new Error("no page tree");
  const declaredCount = Number(/\/Count (\d+)/.exec(pagesObj.dict)?.[1] ?? 0);
  const kids = [...(/\/Kids \[([^\]]*)\]/.exec(pagesObj.dict)?.[1] ?? "").matchAll(/(\d+) 0 R/g)].map((k) => objects.get(Number(k[1]))!);

  const cmaps = new Map<string, Map<number, string>>();
  const unicodeMap = (fontDict: string) => {
    const toUni = ref(fontDict, "ToUnicode");
    const map = new Map<number, string>();
    const text = toUni?.stream?.toString("latin1") ?? "";
    for (const block of text.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const e of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>/g)) map.set(parseInt(e[1]!, 16), utf16(e[2]!));
    }
    for (const block of text.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const e of block[1]!.matchAll(/<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>\s*(?:<([0-9A-Fa-f]+)>|\[([^\]]*)\])/g)) {
        const lo = parseInt(e[1]!, 16);
        if (e[3] !== undefined) {
          const base = parseInt(e[3], 16);
          for (let c = lo; c <= parseInt(e[2]!, 16); c++) map.set(c, String.fromCodePoint(base + c - lo));
        } else {
          [...e[4]!.matchAll(/<([0-9A-Fa-f\s]*)>/g)].forEach((dst, i) => map.set(lo + i, utf16(dst[1]!.replace(/\s/g, ""))));
        }
      }
    }
    return map;
  };

  const pages = kids.map((page) => {
    const fonts = new Map<string, Map<number, string>>();
    const resources = ref(page.dict, "Resources")?.dict ?? page.dict;
    const fontBlock = /\/Font <<([^>]*)>>/.exec(resources)?.[1] ?? "";
    for (const f of fontBlock.matchAll(/\/(\w+) (\d+) 0 R/g)) {
      const key = f[2]!;
      if (!cmaps.has(key)) cmaps.set(key, unicodeMap(objects.get(Number(key))?.dict ?? ""));
      fonts.set(f[1]!, cmaps.get(key)!);
    }
    const content = (ref(page.dict, "Contents")?.stream ?? Buffer.alloc(0)).toString("latin1");
    let current = new Map<number, string>();
    const out: string[] = [];
    for (const op of content.matchAll(/\/(\w+) [\d.]+ Tf|<([0-9A-Fa-f]*)> Tj|\[([^\]]*)\] TJ/g)) {
      if (op[1]) current = fonts.get(op[1]) ?? new Map();
      else {
        // A TJ array: its strings in order (the numbers between them are kerning).
        const hex = op[2] ?? [...op[3]!.matchAll(/<([0-9A-Fa-f]*)>/g)].map((x) => x[1]).join("");
        let line = "";
        for (let i = 0; i < hex.length; i += 4) line += current.get(parseInt(hex.slice(i, i + 4), 16)) ?? "\ufffd";
        out.push(line);
      }
    }
    return out.join("\n");
  });
  const infoText = info ? [...info.dict.matchAll(/\/\w+ (?:(\d+) 0 R|<FEFF([0-9A-Fa-f]*)>|(\((?:\\.|[^\\)])*\)))/gs)].map((x) => infoString(x[1] ? (objects.get(Number(x[1]))?.dict.trim() ?? "") : x[2] !== undefined ? `<FEFF${x[2]}>` : x[3]!)).join("\n") : "";
  return { pageCount: kids.length, declaredCount, pages, info: infoText };
}

/** A PDF text string, hex (`<FEFF…>`) or literal (`(…)` with escapes; UTF-16BE after a byte-order mark, else PDFDocEncoding ≈ Latin-1). */
function infoString(token: string): string {
  if (token.startsWith("<FEFF")) return utf16(token.slice(5, -1));
  if (!token.startsWith("(")) return "";
  const escapes: Record<string, string> = { n: "\n", r: "\r", t: "\t", b: "\b", f: "\f" };
  const raw = token.slice(1, -1).replace(/\\([0-7]{1,3}|.)/gs, (_, e: string) => (/^[0-7]/.test(e) ? String.fromCharCode(parseInt(e, 8)) : (escapes[e] ?? e)));
  const bytes = Buffer.from(raw, "latin1");
  return bytes[0] === 0xfe && bytes[1] === 0xff ? Buffer.from(bytes.subarray(2)).swap16().toString("utf16le") : raw;
}

function utf16(hex: string): string {
  const b = Buffer.from(hex, "hex");
  return Buffer.from(b).swap16().toString("utf16le");
}
