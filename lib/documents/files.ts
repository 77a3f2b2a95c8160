import { fileTypeFromBuffer } from "file-type";

/**
 * What a document file may be, decided from its content (the magic bytes read
 * by `file-type`), never from its name or the browser's claim: PDF, the
 * Office formats (OOXML, OpenDocument, and the old binary Office files) and
 * raster images. SVG, HTML and other active content are refused.
 */
export const allowedDocumentTypes: Record<string, string> = {
  "application/pdf": "pdf",
  "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
  "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet": "xlsx",
  "application/vnd.openxmlformats-officedocument.presentationml.presentation": "pptx",
  "application/vnd.oasis.opendocument.text": "odt",
  "application/vnd.oasis.opendocument.spreadsheet": "ods",
  "application/vnd.oasis.opendocument.presentation": "odp",
  /** Word 97–2003, Excel 97–2003, PowerPoint 97–2003 (one container format; served for download only). */
  "application/x-cfb": "doc",
  "image/png": "png",
  "image/jpeg": "jpg",
  "image/gif": "gif",
  "image/webp": "webp",
};

export type DetectedType = { contentType: string; extension: string };

/** The file's type from its content, or null when it is not one of the allowed types. */
export async function detectDocumentType(bytes: Uint8Array): Promise<DetectedType | null> {
  if (!bytes.length) return null;
  const found = await fileTypeFromBuffer(bytes);
  if (!found) return null;
  const extension = allowedDocumentTypes[found.mime];
  if (!extension) return null;
  // The old Office container: keep the extension the uploader gave when it is one of the three.
  return { contentType: found.mime, extension };
}

/**
 * A file name that is safe to store and to send back: no folders, no control
 * or quoting characters, at most 120 characters, and the extension of the
 * type found in the content (so "report.pdf.html" holding a PDF becomes
 * "report.pdf.pdf", never anything a browser would run).
 */
export function safeFileName(name: string, extension: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "")
    .normalize("NFC")
    .replace(/[\u0000-\u001f\u007f"'`<>|:*?;%\\]/g, "")
    .replace(/\s+/g, " ")
    .trim()
    .replace(/^\.+/, "");
  const stem = base.replace(/\.[A-Za-z0-9]{1,5}$/, "").slice(0, 120).trim() || "document";
  const keepLegacy = extension === "doc" && /\.(doc|xls|ppt)$/i.test(base) ? base.slice(-3).toLowerCase() : extension;
  return `${stem}.${keepLegacy}`;
}

/** The Content-Disposition of a download: always an attachment, never shown inline; ASCII fallback plus the UTF-8 name (RFC 6266). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize("NFKD").replace(/[^\x20-\x7e]/g, "").replace(/["\\]/g, "") || "document";
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}

/** A decision in the city's decision archive: https://paatokset.hel.fi/<fi|sv|en>/… */
export const DECISION_URL_PATTERN = /^https:\/\/paatokset\.hel\.fi\/(fi|sv|en)\/[A-Za-z0-9\-._~%/?=&]+$/;

export function isDecisionUrl(value: string): boolean {
  if (!DECISION_URL_PATTERN.test(value)) return false;
  try {
    const url = new URL(value);
    return url.protocol === "https:" && url.hostname === "paatokset.hel.fi" && !url.username && !url.password && !url.port;
  } catch {
    return false;
  }
}
