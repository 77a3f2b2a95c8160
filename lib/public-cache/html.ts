/**
 * Turning a rendered public page into a cacheable document.
 *
 * Public pages are server components; for a signed-out reader they need no
 * JavaScript (links are links, filters are GET forms, charts are SVG with a
 * table). So the cached copy drops Next's runtime and its inline RSC payload:
 * the page is then a plain HTML document with its stylesheet, ~0 kB of script,
 * and identical for every reader — no per-request nonce is needed in it.
 *
 * A page that cannot work without the runtime (a streamed Suspense boundary is
 * only revealed by an inline script, or a page that opts in with
 * `data-public-scripts="keep"`) keeps its scripts; it is rendered with a
 * placeholder nonce and each response gets a fresh one substituted.
 */

/** Nonce used for cache-fill renders; only base64 characters so Next accepts it. */
export const NONCE_PLACEHOLDER = "cHVibGljLWNhY2hlLW5vbmNlLXBsYWNlaG9sZGVy";

export type CachedDocument = { mode: "static"; html: string } | { mode: "nonce"; html: string };

const scriptElement = /<script\b[^>]*>[\s\S]*?<\/script\s*>/gi;
const scriptPreload = /<link\b(?=[^>]*\bas="script")[^>]*>|<link\b(?=[^>]*\brel="(?:modulepreload|expect)")[^>]*>/gi;
const nonceAttribute = /\snonce="[^"]*"/g;
/** Markers of content that React streams in later and reveals with an inline script. */
const streamedBoundary = /<template id="[BPS]:|<!--\$\?-->/;
const keepScripts = /\bdata-public-scripts="keep"/;

export function toCachedDocument(html: string): CachedDocument {
  if (streamedBoundary.test(html) || keepScripts.test(html)) return { mode: "nonce", html };
  return { mode: "static", html: html.replace(scriptElement, "").replace(scriptPreload, "").replace(nonceAttribute, "") };
}

/** The body to send for one response. */
export function documentFor(doc: CachedDocument, nonce: string): string {
  return doc.mode === "static" ? doc.html : doc.html.replaceAll(NONCE_PLACEHOLDER, nonce);
}
