/**
 * The sites allowed to frame the embeddable progress views (CSP
 * `frame-ancestors`), from EMBED_ALLOWED_ORIGINS: a space- or comma-separated
 * list of origins such as `https://www.hel.fi https://*.hel.fi`. Anything that
 * is not an http(s) origin is ignored, so a typo cannot open framing to all.
 * Unset or empty: the embeds may be framed by this site only ('self').
 */
const origin = /^https?:\/\/(?:\*\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*(?::\d{1,5})?$/i;

export function parseEmbedOrigins(value: string | undefined): string[] {
  const listed = (value ?? "")
    .split(/[\s,]+/)
    .map((s) => s.trim().replace(/\/+$/, ""))
    .filter((s) => origin.test(s));
  return ["'self'", ...new Set(listed)];
}

export function embedAllowedOrigins(): string[] {
  return parseEmbedOrigins(process.env.EMBED_ALLOWED_ORIGINS);
}
