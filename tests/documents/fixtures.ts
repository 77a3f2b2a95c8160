import { deflateRawSync } from "node:zlib";

/** Small real files, built in memory, for the document tests (type is found from content). */

/** A minimal valid PDF. */
export function pdfBytes(text = "hello"): Uint8Array {
  return new TextEncoder().encode(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
}

/** A 1×1 PNG. */
export function pngBytes(): Uint8Array {
  return Uint8Array.from(Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNk+M9QDwADhgGAWjR9awAAAABJRU5ErkJggg==", "base64"));
}

/** HTML and SVG: active content that must never be accepted, whatever the name says. */
export const htmlBytes = () => new TextEncoder().encode("<!doctype html><html><body><script>alert(1)</script></body></html>");
export const svgBytes = () => new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');

export function file(bytes: Uint8Array, name: string, type = "application/pdf"): File {
  return new File([bytes as BlobPart], name, { type });
}

/** A ZIP with one stored entry (not an Office file): file-type says application/zip, which is refused. */
export function zipBytes(): Uint8Array {
  const data = deflateRawSync(Buffer.from("x"));
  const name = Buffer.from("a.txt");
  const header = Buffer.alloc(30);
  header.writeUInt32LE(0x04034b50, 0);
  header.writeUInt16LE(20, 4);
  header.writeUInt16LE(8, 8);
  header.writeUInt32LE(data.length, 18);
  header.writeUInt32LE(1, 22);
  header.writeUInt16LE(name.length, 26);
  return Uint8Array.from(Buffer.concat([header, name, data]));
}
