import "server-only";
import { currentGeneration } from "@/lib/public-cache/generation";
import { cacheEnabled } from "@/lib/public-cache/store";

/**
 * Published data, read once per change generation and shared by the public
 * pages, the search and the open-data API of this process. Outside
 * production (tests, development) it is read afresh every time.
 */
type Memo = Map<string, { generation: string; value: Promise<unknown> }>;
const memo: Memo = ((globalThis as { __publicDataMemo?: Memo }).__publicDataMemo ??= new Map());

export async function byGeneration<T>(name: string, load: () => Promise<T>): Promise<T> {
  if (!cacheEnabled()) return load();
  const generation = await currentGeneration();
  const hit = memo.get(name);
  if (hit && hit.generation === generation) return hit.value as Promise<T>;
  const value = load();
  memo.set(name, { generation, value });
  value.catch(() => memo.delete(name));
  return value;
}
