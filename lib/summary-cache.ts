import "server-only";
import { currentChangeGeneration } from "@/lib/public-cache/generation";

/**
 * Summaries refreshed on write: the result of an expensive read (a list page
 * with its counts over 50 000 rows, a roll-up, the dashboard's figures) kept
 * per process and keyed by the database's change counter of every write
 * (public or internal), which every write moves at its commit (see
 * lib/public-cache/generation.ts). Any write anywhere makes every entry
 * stale at once; the writing server sees its own write immediately, other
 * servers within PUBLIC_CACHE_CHECK_MS. Only data that is the same for every
 * reader go in (what a user may see or edit is decided after). The key must
 * hold everything the result depends on (filters, page, sort, today…).
 */
type Entry = { generation: string; value: Promise<unknown> };
const MAX_ENTRIES = 500;
const store: Map<string, Entry> = ((globalThis as { __summaryCache?: Map<string, Entry> }).__summaryCache ??= new Map());

export async function cachedUntilWrite<T>(key: string, read: () => Promise<T>): Promise<T> {
  if (process.env.SUMMARY_CACHE === "off") return read();
  const generation = await currentChangeGeneration();
  const hit = store.get(key);
  if (hit && hit.generation === generation) {
    store.delete(key); // most recently used last
    store.set(key, hit);
    return hit.value as Promise<T>;
  }
  const value = read();
  store.set(key, { generation, value });
  value.catch(() => store.get(key)?.value === value && store.delete(key));
  while (store.size > MAX_ENTRIES) store.delete(store.keys().next().value!);
  return value;
}
