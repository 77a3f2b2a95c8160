/**
 * FormData as a plain object for zod. A key that appears more than once, or
 * ends in "[]", becomes an array. A chosen file stays a `File` (the
 * document upload reads it; every other schema drops or refuses it); the
 * empty part a browser sends for a file input left empty is left out.
 */
export function formDataToObject(input: FormData | Record<string, unknown> | null | undefined): Record<string, unknown> {
  if (!input) return {};
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of input.entries()) {
    if (rawKey.startsWith("$ACTION")) continue; // React's own fields
    if (typeof value !== "string" && (!(value instanceof Blob) || (value.size === 0 && !(value as File).name))) continue;
    const isArray = rawKey.endsWith("[]");
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (isArray) out[key] = Array.isArray(existing) ? [...existing, value] : [value];
    else if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}

/**
 * PostgreSQL text cannot hold the NUL character (it answers with an error, not
 * a validation message), and no form field needs it: drop it from every
 * string of an input, however deep, before validation.
 */
export function withoutNulCharacters<T>(value: T, depth = 0): T {
  if (typeof value === "string") return (value.includes("\u0000") ? value.replaceAll("\u0000", "") : value) as T;
  if (depth > 20 || value === null || typeof value !== "object") return value;
  if (Array.isArray(value)) return value.map((v) => withoutNulCharacters(v, depth + 1)) as T;
  if (Object.getPrototypeOf(value) !== Object.prototype && Object.getPrototypeOf(value) !== null) return value;
  const out: Record<string, unknown> = {};
  // defineProperty, so that a "__proto__" key stays a plain key and never becomes the prototype.
  for (const [k, v] of Object.entries(value)) Object.defineProperty(out, k, { value: withoutNulCharacters(v, depth + 1), enumerable: true, writable: true, configurable: true });
  return out as T;
}
