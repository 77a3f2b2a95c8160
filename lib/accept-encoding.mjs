// Reading a request's Accept-Encoding, in one place for the app (bundled: the page cache's answers,
// lib/public-cache/serve.ts) and the production server (plain Node: the write lane's answers passed on,
// scripts/write-lane.mjs). Plain JavaScript so that both can import it.

/**
 * Whether the client takes gzip (RFC 9110 §12.5.3: named, or `*`, with a weight above 0; absent is no).
 * @param {string | null | undefined} header
 * @returns {boolean}
 */
export const acceptsGzip = (header) =>
  String(header ?? "")
    .split(",")
    .some((part) => {
      const [name, ...params] = part.trim().toLowerCase().split(";");
      const q = params.map((x) => x.trim()).find((x) => x.startsWith("q="));
      return (name === "gzip" || name === "*") && (q === undefined || Number(q.slice(2)) > 0);
    });
