/**
 * A DATABASE_URL as libpq reads it, for postgres.js: a server on this machine
 * may be reached over its Unix socket with libpq's `host` parameter naming the
 * socket's directory (`postgres://app@localhost:5432/advocacy?host=/run/postgresql`),
 * which skips the TCP stack on every round trip (issue 17: a save makes six).
 * postgres.js would send an unknown query parameter to the server as a setting
 * and fail to start; it takes the socket as `path` instead.
 */
export function connectionTarget(url: string): { url: string; path?: string } {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return { url };
  }
  const dir = parsed.searchParams.get("host");
  if (!dir?.startsWith("/")) return { url };
  parsed.searchParams.delete("host");
  const port = parsed.port || "5432";
  return { url: parsed.toString(), path: `${dir.replace(/\/+$/, "")}/.s.PGSQL.${port}` };
}
