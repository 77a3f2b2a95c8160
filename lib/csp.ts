/**
 * The Content-Security-Policy: scripts only from this origin and with this
 * request's nonce (no inline scripts without it), no framing by default.
 * `frameAncestors` is widened only for the embeddable views.
 */
export function contentSecurityPolicy(nonce: string, options: { frameAncestors?: string[]; dev?: boolean } = {}): string {
  const ancestors = options.frameAncestors?.length ? options.frameAncestors.join(" ") : "'none'";
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${options.dev ? " 'unsafe-eval'" : ""}`,
    // Inline style attributes (e.g. a progress bar's width) are allowed; scripts are not.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self' data:",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    `frame-ancestors ${ancestors}`,
  ].join("; ");
}
