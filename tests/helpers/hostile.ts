import fc from "fast-check";

/**
 * Generated hostile payloads for server actions: wrong types, missing and
 * extra fields, huge strings, unicode edge cases, SQL and HTML/script
 * injection, prototype-pollution keys and other people's ids.
 */

export const injectionStrings = [
  "' OR '1'='1",
  "'; DROP TABLE users; --",
  "\"; DELETE FROM measures; --",
  "1; UPDATE users SET role='admin'",
  "' UNION SELECT password_hash FROM users --",
  "$$; select pg_sleep(5); $$",
  "\\'; --",
  "%' AND 1=1 --",
  "<script>alert(1)</script>",
  "<img src=x onerror=alert(1)>",
  "\"><svg/onload=alert(1)>",
  "javascript:alert(1)",
  "<a href=\"javascript:alert(1)\">x</a>",
  "{{constructor.constructor('alert(1)')()}}",
  "${7*7}",
  "../../../../etc/passwd",
  "http://169.254.169.254/latest/meta-data/",
  "$ACTION_ID_x",
  "$K1",
  "$@0",
];

export const unicodeStrings = [
  "",
  " ",
  "\u0000",
  "a\u0000b",
  "\uD800",
  "\uDFFF\uD800",
  "\u202Egnp.exe",
  "\u200B\u200C\u200D\uFEFF",
  "Z̴̡̛͈̙a̸̧͚l̶̨̛g̷o̵",
  "👩‍👩‍👧‍👦🇫🇮",
  "ÅÄÖ åäö",
  "\r\n\t\v\f",
  "NaN",
  "Infinity",
  "-0",
  "1e309",
  "0x1F",
  "9999999999999999999999",
  "2022-02-30",
  "0000-00-00",
  "null",
  "undefined",
  "true",
];

export const dangerousKeys = ["__proto__", "constructor", "prototype", "toString", "hasOwnProperty", "$ACTION_REF_1", "version", "id", "role", "createdBy", "updatedBy", "reviewState", "published", "publishedAt", "archivedAt", "internalNotes"];

const hugeString = fc.oneof(
  fc.constant("x".repeat(1_000_000)),
  fc.constant("<script>".repeat(50_000)),
  fc.constant("ä".repeat(200_000)),
  fc.string({ minLength: 5_000, maxLength: 20_000 }),
);

export function hostileString(foreignIds: string[]) {
  return fc.oneof(
    { weight: 4, arbitrary: fc.constantFrom(...injectionStrings) },
    { weight: 4, arbitrary: fc.constantFrom(...unicodeStrings) },
    { weight: 3, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
    { weight: 2, arbitrary: fc.string({ unit: "grapheme", maxLength: 40 }) },
    { weight: 1, arbitrary: hugeString },
    { weight: 3, arbitrary: fc.constantFrom(...foreignIds, "00000000-0000-0000-0000-000000000000", "ffffffff-ffff-ffff-ffff-ffffffffffff") },
    { weight: 1, arbitrary: fc.uuid() },
  );
}

export function hostileValue(foreignIds: string[]): fc.Arbitrary<unknown> {
  const s = hostileString(foreignIds);
  return fc.oneof(
    { weight: 6, arbitrary: s },
    { weight: 1, arbitrary: fc.integer() },
    { weight: 1, arbitrary: fc.constantFrom(0, -1, 2 ** 31, 2 ** 53 + 1, -(2 ** 63), 1e308, Number.NaN, Number.POSITIVE_INFINITY, -0, 0.1 + 0.2) },
    { weight: 1, arbitrary: fc.double() },
    { weight: 1, arbitrary: fc.boolean() },
    { weight: 1, arbitrary: fc.constantFrom(null, undefined) },
    { weight: 1, arbitrary: fc.bigInt() },
    { weight: 1, arbitrary: fc.date({ noInvalidDate: false }) },
    { weight: 1, arbitrary: fc.array(s, { maxLength: 5 }) },
    { weight: 1, arbitrary: fc.array(fc.anything(), { maxLength: 3 }) },
    { weight: 1, arbitrary: fc.dictionary(fc.constantFrom(...dangerousKeys, "fi", "sv", "en"), s, { maxKeys: 4 }) },
    { weight: 1, arbitrary: fc.constant(Array.from({ length: 10_000 }, (_, i) => String(i))) },
  );
}

/** A valid input, mutated: some fields dropped, some replaced by hostile values, some added. */
export function mutatedInput(valid: Record<string, unknown>, foreignIds: string[]) {
  const keys = Object.keys(valid);
  const value = hostileValue(foreignIds);
  return fc
    .record({
      drop: fc.subarray(keys, { maxLength: Math.min(keys.length, Math.max(1, Math.ceil(keys.length / 2))) }),
      replace: fc.dictionary(keys.length ? fc.constantFrom(...keys) : fc.constant("id"), value, { maxKeys: 3 }),
      extra: fc.dictionary(fc.oneof(fc.constantFrom(...dangerousKeys), fc.string({ maxLength: 12 })), value, { maxKeys: 3 }),
    })
    .map(({ drop, replace, extra }) => {
      const out: Record<string, unknown> = { ...valid };
      for (const k of drop) delete out[k];
      for (const [k, v] of Object.entries(replace)) out[k] = v;
      for (const [k, v] of Object.entries(extra)) Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
      return out;
    });
}

/** The valid input with its text fields replaced by hostile text: passes validation more often, so it reaches the database. */
export function injectedInput(valid: Record<string, unknown>, foreignIds: string[]) {
  const textKeys = Object.keys(valid).filter((k) => typeof valid[k] === "string" && !/id$/i.test(k));
  if (!textKeys.length) return fc.constant({ ...valid });
  return fc.dictionary(fc.constantFrom(...textKeys), hostileString(foreignIds), { minKeys: 1, maxKeys: textKeys.length }).map((replace) => ({ ...valid, ...replace }));
}

/** As a browser form would send it: every value a string (or several). */
export function asFormData(input: Record<string, unknown>): FormData {
  const fd = new FormData();
  for (const [k, v] of Object.entries(input)) {
    if (Array.isArray(v)) for (const item of v.slice(0, 50)) fd.append(k, stringify(item));
    else if (v !== undefined) fd.append(k, stringify(v));
  }
  return fd;
}

function stringify(v: unknown): string {
  if (typeof v === "string") return v;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? "Invalid Date" : v.toISOString();
  if (typeof v === "bigint") return v.toString();
  try {
    return typeof v === "object" && v !== null ? JSON.stringify(v) : String(v);
  } catch {
    return String(v);
  }
}

/** Any payload at all, not shaped like the input: a string, a number, an array, a random object. */
export function anyPayload(foreignIds: string[]) {
  return fc.oneof(
    fc.constantFrom(null, undefined, "", 0, [], {}),
    hostileValue(foreignIds),
    fc.object({ maxDepth: 2, maxKeys: 6 }),
    fc.dictionary(fc.constantFrom(...dangerousKeys), hostileValue(foreignIds), { maxKeys: 6 }),
  );
}

/** Text that must never reach a caller: stack frames, file paths, SQL, driver messages. */
const leakPattern =
  /\n\s+at\s|\bat\s+\S+\s+\(.*:\d+:\d+\)|\.tsx?:\d+|node_modules|\bselect\b[\s\S]{0,200}\bfrom\b|\binsert\s+into\b|\bupdate\s+"?\w+"?\s+set\b|\bdelete\s+from\b|violates|syntax error|duplicate key|relation "|column "|PostgresError|drizzle|ECONNREFUSED|TypeError|ReferenceError|Cannot read prop/i;

/** Every string the caller sent, and its pieces split at CSV delimiters (an import may quote a header cell back). */
function sentStrings(sent: unknown): string[] {
  const out: string[] = [];
  const walk = (v: unknown, depth: number) => {
    if (depth > 6) return;
    if (typeof v === "string") out.push(v, ...v.split(/[,;\t\r\n]/).map((p) => p.trim()));
    else if (v && typeof v === "object") {
      for (const [k, x] of v instanceof FormData ? v.entries() : Object.entries(v)) {
        walk(k, depth + 1);
        walk(x, depth + 1);
      }
    }
  };
  walk(sent, 0);
  return [...new Set(out.filter((s) => s.length >= 4))].sort((a, b) => b.length - a.length);
}

/**
 * A stack, SQL or driver text in the result that the caller did not send
 * (quoting the caller's own input back, escaped, is not a leak).
 */
export function leakIn(result: unknown, sent?: unknown): string | null {
  let text: string;
  try {
    text = JSON.stringify(result, (_k, v) => (typeof v === "bigint" ? v.toString() : v)) ?? "";
  } catch {
    return "result is not serialisable";
  }
  for (const s of sentStrings(sent)) {
    const quoted = JSON.stringify(s).slice(1, -1);
    text = text.split(quoted).join("«sent»");
  }
  const m = leakPattern.exec(text);
  return m ? text.slice(Math.max(0, m.index - 60), m.index + 80) : null;
}
