/** Is this error the database being unreachable (as opposed to a bad query)? */
export function isDatabaseUnavailable(error: unknown): boolean {
  const seen = new Set<unknown>();
  let current: unknown = error;
  while (current && typeof current === "object" && !seen.has(current)) {
    seen.add(current);
    const code = String((current as { code?: unknown }).code ?? "");
    if (/^(ECONNREFUSED|ECONNRESET|ETIMEDOUT|EPIPE|ENOTFOUND|EAI_AGAIN|CONNECTION_CLOSED|CONNECTION_ENDED|CONNECTION_DESTROYED|CONNECT_TIMEOUT)$/.test(code)) return true;
    if (/^(08...|57P0[1-3]|53300)$/.test(code)) return true;
    // A server reached over its Unix socket (db/connection-url.ts) that is stopped has no socket file.
    if (code === "ENOENT" && (current as { syscall?: unknown }).syscall === "connect") return true;
    const next = current as { cause?: unknown; err?: unknown };
    current = next.cause ?? next.err; // Auth.js wraps errors as { cause: { err } }
  }
  return false;
}

/** Postgres error code of a failed statement (e.g. 23505 for a unique violation), if any. */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && typeof current === "object" && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
