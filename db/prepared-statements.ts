import type { Sql } from "postgres";

type Unsafe = Sql["unsafe"];

/**
 * Every query with parameters goes to PostgreSQL as a named prepared statement, kept per connection
 * (postgres.js's `prepare: true`), inside transactions too. drizzle's postgres-js driver asks for an
 * unnamed statement each time, so the server parsed and planned every statement of every save anew
 * (issue 17: measured in README, "Where it stands (session 14)"). An app sends a bounded set of
 * statement shapes and each connection is renewed within an hour (`max_lifetime`, db/client.ts), so
 * the cache stays small; a query without parameters (a migration's script) keeps the simple protocol.
 */
export function preparingStatements(client: Sql): Sql {
  const unsafe = ((query: string, params?: Parameters<Unsafe>[1], options?: Parameters<Unsafe>[2]) =>
    client.unsafe(query, params, { ...options, prepare: true })) as Unsafe;
  // A transaction's (or savepoint's) queries go through the handle the callback receives.
  const scoped = (open: (...args: unknown[]) => unknown) =>
    (...args: unknown[]) => {
      const fn = args[args.length - 1] as (tx: Sql) => unknown;
      return open(...args.slice(0, -1), (tx: Sql) => fn(preparingStatements(tx)));
    };
  return new Proxy(client, {
    get(target, key, receiver) {
      if (key === "unsafe") return unsafe;
      if (key === "begin" || key === "savepoint") {
        const open = Reflect.get(target, key, receiver) as ((...args: unknown[]) => unknown) | undefined;
        return open ? scoped(open) : open;
      }
      return Reflect.get(target, key, receiver);
    },
  });
}
