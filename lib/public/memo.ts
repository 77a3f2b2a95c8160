import "server-only";
import { currentGeneration } from "@/lib/public-cache/generation";
import { cacheEnabled } from "@/lib/public-cache/store";

/**
 * Published data, read once per change generation and shared by the public
 * pages, the search and the open-data API of this process, and never kept
 * longer than PUBLIC_CACHE_TTL_SECONDS (default 300: a change made outside
 * the app, e.g. a fix by hand in the database, shows within that time).
 * Outside production (tests, development) it is read afresh every time.
 */
type Memo = Map<string, { generation: string; at: number; value: Promise<unknown> }>;
const ttlMs = () => Number(process.env.PUBLIC_CACHE_TTL_SECONDS ?? 300) * 1000;
const memo: Memo = ((globalThis as { __publicDataMemo?: Memo }).__publicDataMemo ??= new Map());

export async function byGeneration<T>(name: string, load: () => Promise<T>): Promise<T> {
  if (!cacheEnabled()) return load();
  const generation = await currentGeneration();
  const hit = memo.get(name);
  if (hit && hit.generation === generation && Date.now() - hit.at < ttlMs()) return hit.value as Promise<T>;
  const value = load();
  memo.set(name, { generation, at: Date.now(), value });
  value.catch(() => memo.delete(name));
  return value;
}
