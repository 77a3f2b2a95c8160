/**
 * A label looked up once per page render, not once per row: `labelOnce((s) => t(`status.${s}`))`
 * returns a function that calls the translation the first time it sees a key and
 * answers from a map after that (a list of 50 rows asks for the same few labels
 * hundreds of times). Keep the function inside the render, never per process:
 * the labels belong to the request's language.
 */
export function labelOnce<K, V = string>(make: (key: K) => V): (key: K) => V {
  const kept = new Map<K, V>();
  return (key) => {
    if (kept.has(key)) return kept.get(key)!;
    const value = make(key);
    kept.set(key, value);
    return value;
  };
}
