/**
 * FormData as a plain object for zod. A key that appears more than once, or
 * ends in "[]", becomes an array; files are ignored here.
 */
export function formDataToObject(input: FormData | Record<string, unknown> | null | undefined): Record<string, unknown> {
  if (!input) return {};
  if (!(input instanceof FormData)) return input;
  const out: Record<string, unknown> = {};
  for (const [rawKey, value] of input.entries()) {
    if (rawKey.startsWith("$ACTION")) continue; // React's own fields
    if (typeof value !== "string") continue;
    const isArray = rawKey.endsWith("[]");
    const key = isArray ? rawKey.slice(0, -2) : rawKey;
    const existing = out[key];
    if (isArray) out[key] = Array.isArray(existing) ? [...existing, value] : [value];
    else if (existing === undefined) out[key] = value;
    else out[key] = Array.isArray(existing) ? [...existing, value] : [existing, value];
  }
  return out;
}
