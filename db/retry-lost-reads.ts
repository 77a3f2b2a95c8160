import type { Sql } from "postgres";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { isDatabaseMarkedDown } from "@/lib/db-health";

type Unsafe = Sql["unsafe"];

/**
 * postgres.js hands the server's "terminating connection" message of a
 * dropped session to the next query on that connection, so the first retry
 * can fail too; and after a restart several pooled connections may be stale.
 */
const RETRIES = 3;

/**
 * A read whose pooled connection was lost under it (e.g. a connection the
 * server dropped when it restarted, answering "terminating connection due to
 * administrator command") is tried again (a few times, 50 ms apart), unless
 * the database is known to be down. Only single SELECTs outside transactions
 * (drizzle's transactions use their own handle): running one twice changes
 * nothing. Without this, the first page after a database restart could fail
 * with a 500 although the database answers.
 */
export function retryLostReads(client: Sql): Sql {
  const unsafe = ((query: string, params?: Parameters<Unsafe>[1], options?: Parameters<Unsafe>[2]) => {
    if (!/^\s*select\b/i.test(query)) return client.unsafe(query, params, options);
    const run = (values: boolean) => {
      const pending = client.unsafe(query, params, options);
      return values ? pending.values() : pending;
    };
    const attempt = async (values: boolean) => {
      for (let retry = 0; ; retry++) {
        try {
          return await run(values);
        } catch (error) {
          if (retry >= RETRIES || !isDatabaseUnavailable(error) || isDatabaseMarkedDown()) throw error;
          await new Promise((resolve) => setTimeout(resolve, 50));
        }
      }
    };
    // drizzle awaits the query or calls .values() on it (postgres-js session).
    return {
      values: () => attempt(true),
      then: (ok?: (v: unknown) => unknown, fail?: (e: unknown) => unknown) => attempt(false).then(ok, fail),
    };
  }) as unknown as Unsafe;
  return new Proxy(client, { get: (target, key, receiver) => (key === "unsafe" ? unsafe : Reflect.get(target, key, receiver)) });
}
