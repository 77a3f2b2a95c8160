/**
 * Just enough of a TrueType reader to embed a font in a PDF: the character
 * map (code point → glyph), advance widths, vertical metrics, and a subset
 * that keeps only the glyphs a document uses (glyph numbers unchanged, so
 * the PDF can address glyphs directly with Identity encoding).
 */
export type TrueTypeFont = {
  name: string;
  unitsPerEm: number;
  ascent: number;
  descent: number;
  capHeight: number;
  bbox: [number, number, number, number];
  italicAngle: number;
  numGlyphs: number;
  glyphFor: (codePoint: number) => number;
  advance: (glyph: number) => number;
  /** A font file holding only these glyphs (and what composite glyphs are built from). */
  subset: (glyphs: Iterable<number>) => Buffer;
};

type TableRecord = { tag: string; offset: number; length: number };

export function parseTrueType(data: Buffer): TrueTypeFont {
  const numTables = data.readUInt16BE(4);
  const tables = new Map<string, TableRecord>();
  for (let i = 0; i < numTables; i++) {
    const at = 12 + i * 16;
    const tag = data.toString("latin1", at, at + 4);
    tables.set(tag, { tag, offset: data.readUInt32BE(at + 8), length: data.readUInt32BE(at + 12) });
  }
  const table = (tag: string) => {
    const t = tables.get(tag);
    if (!t) throw new Error(`font has no ${tag} table`);
    return t;
  };

  const head = table("head").offset;
  const unitsPerEm = data.readUInt16BE(head + 18);
  const bbox: [number, number, number, number] = [data.readInt16BE(head + 36), data.readInt16BE(head + 38), data.readInt16BE(head + 40), data.readInt16BE(head + 42)];
  const longLoca = data.readInt16BE(head + 50) === 1;
  const hhea = table("hhea").offset;
  const ascent = data.readInt16BE(hhea + 4);
  const descent = data.readInt16BE(hhea + 6);
  const numberOfHMetrics = data.readUInt16BE(hhea + 34);
  const numGlyphs = data.readUInt16BE(table("maxp").offset + 4);
  const os2 = tables.get("OS/2");
  const capHeight = os2 && data.readUInt16BE(os2.offset) >= 2 ? data.readInt16BE(os2.offset + 88) : Math.round(ascent * 0.7);
  const post = tables.get("post");
  const italicAngle = post ? data.readInt32BE(post.offset + 4) / 65536 : 0;

  const hmtx = table("hmtx").offset;
  const advance = (glyph: number) => data.readUInt16BE(hmtx + 4 * Math.min(glyph, numberOfHMetrics - 1));

  const glyphFor = readCmap(data, table("cmap").offset);

  const loca = table("loca").offset;
  const glyf = table("glyf").offset;
  const glyphRange = (g: number): [number, number] =>
    longLoca ? [data.readUInt32BE(loca + 4 * g), data.readUInt32BE(loca + 4 * g + 4)] : [data.readUInt16BE(loca + 2 * g) * 2, data.readUInt16BE(loca + 2 * g + 2) * 2];

  const nameTable = tables.get("name");
  const name = nameTable ? readPostScriptName(data, nameTable.offset) ?? "Font" : "Font";

  function subset(wanted: Iterable<number>): Buffer {
    const keep = new Set<number>([0]);
    const queue = [...wanted];
    while (queue.length) {
      const g = queue.pop()!;
      if (g < 0 || g >= numGlyphs || keep.has(g)) continue;
      keep.add(g);
      const [start, end] = glyphRange(g);
      if (end > start && data.readInt16BE(glyf + start) < 0) queue.push(...compositeParts(data, glyf + start));
    }
    const pieces: Buffer[] = [];
    const offsets: number[] = [];
    let size = 0;
    for (let g = 0; g < numGlyphs; g++) {
      offsets.push(size);
      if (!keep.has(g)) continue;
      const [start, end] = glyphRange(g);
      const piece = data.subarray(glyf + start, glyf + end);
      const padded = Buffer.alloc(piece.length + ((4 - (piece.length % 4)) % 4));
      piece.copy(padded);
      pieces.push(padded);
      size += padded.length;
    }
    offsets.push(size);
    const newGlyf = Buffer.concat(pieces);
    const newLoca = Buffer.alloc(4 * offsets.length);
    offsets.forEach((o, i) => newLoca.writeUInt32BE(o, 4 * i));
    const newHead = Buffer.from(data.subarray(head, head + table("head").length));
    newHead.writeUInt32BE(0, 8); // checksumAdjustment, set below
    newHead.writeInt16BE(1, 50); // long loca offsets
    const copied = (tag: string) => {
      const t = tables.get(tag);
      return t ? data.subarray(t.offset, t.offset + t.length) : undefined;
    };
    const out: [string, Buffer][] = [["head", newHead], ["glyf", newGlyf], ["loca", newLoca]];
    for (const tag of ["OS/2", "cvt ", "fpgm", "hhea", "hmtx", "maxp", "prep"]) {
      const b = copied(tag);
      if (b) out.push([tag, b]);
    }
    return writeFont(out);
  }

  return { name, unitsPerEm, ascent, descent, capHeight, bbox, italicAngle, numGlyphs, glyphFor, advance, subset };
}

/** The glyphs a composite glyph is built from. */
function compositeParts(data: Buffer, at: number): number[] {
  const parts: number[] = [];
  let p = at + 10;
  for (;;) {
    const flags = data.readUInt16BE(p);
    parts.push(data.readUInt16BE(p + 2));
    p += 4 + (flags & 0x0001 ? 4 : 2);
    if (flags & 0x0008) p += 2;
    else if (flags & 0x0040) p += 4;
    else if (flags & 0x0080) p += 8;
    if (!(flags & 0x0020)) break;
  }
  return parts;
}

/** The Unicode character map: format 12 (full range) when present, else format 4 (BMP). */
function readCmap(data: Buffer, cmap: number): (codePoint: number) => number {
  const count = data.readUInt16BE(cmap + 2);
  let best: { format: number; offset: number } | undefined;
  for (let i = 0; i < count; i++) {
    const at = cmap + 4 + i * 8;
    const platform = data.readUInt16BE(at);
    const encoding = data.readUInt16BE(at + 2);
    const offset = cmap + data.readUInt32BE(at + 4);
    const format = data.readUInt16BE(offset);
    const unicode = platform === 0 || (platform === 3 && (encoding === 1 || encoding === 10));
    if (!unicode || (format !== 4 && format !== 12)) continue;
    if (!best || (format === 12 && best.format !== 12)) best = { format, offset };
  }
  if (!best) throw new Error("font has no Unicode character map");
  const cache = new Map<number, number>();
  const { format, offset } = best;
  const lookup =
    format === 12
      ? (cp: number) => {
          const groups = data.readUInt32BE(offset + 12);
          for (let i = 0; i < groups; i++) {
            const g = offset + 16 + i * 12;
            const start = data.readUInt32BE(g);
            const end = data.readUInt32BE(g + 4);
            if (cp >= start && cp <= end) return data.readUInt32BE(g + 8) + (cp - start);
          }
          return 0;
        }
      : (cp: number) => {
          if (cp > 0xffff) return 0;
          const segCount = data.readUInt16BE(offset + 6) / 2;
          const ends = offset + 14;
          const starts = ends + segCount * 2 + 2;
          const deltas = starts + segCount * 2;
          const rangeOffsets = deltas + segCount * 2;
          for (let i = 0; i < segCount; i++) {
            if (data.readUInt16BE(ends + 2 * i) < cp) continue;
            const start = data.readUInt16BE(starts + 2 * i);
            if (start > cp) return 0;
            const delta = data.readInt16BE(deltas + 2 * i);
            const ro = data.readUInt16BE(rangeOffsets + 2 * i);
            if (ro === 0) return (cp + delta) & 0xffff;
            const glyph = data.readUInt16BE(rangeOffsets + 2 * i + ro + 2 * (cp - start));
            return glyph === 0 ? 0 : (glyph + delta) & 0xffff;
          }
          return 0;
        };
  return (cp) => {
    let g = cache.get(cp);
    if (g === undefined) {
      g = lookup(cp);
      cache.set(cp, g);
    }
    return g;
  };
}

function readPostScriptName(data: Buffer, name: number): string | undefined {
  const count = data.readUInt16BE(name + 2);
  const strings = name + data.readUInt16BE(name + 4);
  for (let i = 0; i < count; i++) {
    const r = name + 6 + i * 12;
    if (data.readUInt16BE(r + 6) !== 6) continue;
    const platform = data.readUInt16BE(r);
    const length = data.readUInt16BE(r + 8);
    const start = strings + data.readUInt16BE(r + 10);
    const raw = data.subarray(start, start + length);
    const text = platform === 1 ? raw.toString("latin1") : Buffer.from(raw.subarray(0, raw.length & ~1)).swap16().toString("utf16le");
    return text.replace(/[^A-Za-z0-9-]/g, "");
  }
  return undefined;
}

function checksum(b: Buffer): number {
  let sum = 0;
  const padded = b.length % 4 ? Buffer.concat([b, Buffer.alloc(4 - (b.length % 4))]) : b;
  for (let i = 0; i < padded.length; i += 4) sum = (sum + padded.readUInt32BE(i)) >>> 0;
  return sum;
}

/** A TrueType file from tables (sorted by tag, 4-byte aligned, checksums and head's adjustment set). */
function writeFont(tables: [string, Buffer][]): Buffer {
  tables.sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  const n = tables.length;
  const entrySelector = Math.floor(Math.log2(n));
  const searchRange = 2 ** entrySelector * 16;
  const header = Buffer.alloc(12 + 16 * n);
  header.writeUInt32BE(0x00010000, 0);
  header.writeUInt16BE(n, 4);
  header.writeUInt16BE(searchRange, 6);
  header.writeUInt16BE(entrySelector, 8);
  header.writeUInt16BE(n * 16 - searchRange, 10);
  let offset = header.length;
  const bodies: Buffer[] = [];
  let headAt = -1;
  tables.forEach(([tag, body], i) => {
    const at = 12 + 16 * i;
    header.write(tag, at, 4, "latin1");
    header.writeUInt32BE(checksum(body), at + 4);
    header.writeUInt32BE(offset, at + 8);
    header.writeUInt32BE(body.length, at + 12);
    if (tag === "head") headAt = offset;
    const padded = Buffer.alloc(body.length + ((4 - (body.length % 4)) % 4));
    body.copy(padded);
    bodies.push(padded);
    offset += padded.length;
  });
  const file = Buffer.concat([header, ...bodies]);
  if (headAt >= 0) file.writeUInt32BE((0xb1b0afba - checksum(file)) >>> 0, headAt + 8);
  return file;
}
