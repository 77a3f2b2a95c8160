/**
 * Is this server-action post shaped like what React's client sends? Next
 * decodes the body before any of our code runs and answers a malformed one
 * with a 500; the proxy answers it with a clean 400 instead.
 *
 * The body is a JSON array of arguments (text, or the field "0" of a
 * multipart form). Strings starting with "$" are React references; only the
 * kinds this app's forms send are accepted — FormData ($K), undefined, NaN,
 * ±Infinity, -0, dates ($D), big integers ($n), escaped "$$" and temporary
 * references ($T) — plus outlined parts ($<hex>) that exist in the form.
 * Maps, sets, blobs, streams, promises and server references are refused.
 */
const simpleReference = /^\$(?:\$.*|undefined|NaN|Infinity|-Infinity|-0|D.*|n-?\d{1,400}|K[0-9a-f]{1,8}|T.*)$/s;
const outlinedReference = /^\$([0-9a-f]{1,8})$/;

type Parts = (name: string) => string | null;

function wellFormedValue(value: unknown, parts: Parts | null, depth: number, seen: Set<string>): boolean {
  if (depth > 64) return false;
  if (typeof value === "string") {
    if (!value.startsWith("$")) return true;
    if (simpleReference.test(value)) return true;
    const outlined = outlinedReference.exec(value);
    if (!outlined || !parts) return false;
    const id = String(parseInt(outlined[1] ?? "", 16));
    if (seen.has(id)) return true;
    const text = parts(id);
    if (text === null) return false;
    seen.add(id);
    return wellFormedJson(text, parts, depth + 1, seen, false);
  }
  if (Array.isArray(value)) return value.every((v) => wellFormedValue(v, parts, depth + 1, seen));
  if (value !== null && typeof value === "object") return Object.values(value).every((v) => wellFormedValue(v, parts, depth + 1, seen));
  return true;
}

function wellFormedJson(text: string, parts: Parts | null, depth: number, seen: Set<string>, root: boolean): boolean {
  let value: unknown;
  try {
    value = JSON.parse(text);
  } catch {
    return false;
  }
  if (root && !Array.isArray(value)) return false;
  return wellFormedValue(value, parts, depth, seen);
}

/** A text body (the arguments as JSON). */
export function wellFormedActionText(text: string): boolean {
  return wellFormedJson(text, null, 0, new Set(), true);
}

/** A multipart body: the arguments in field "0", outlined parts in other numbered fields. */
export function wellFormedActionForm(form: FormData): boolean {
  // A part without a name breaks Next's multipart decoding.
  for (const [name] of form) if (!name) return false;
  const root = form.get("0");
  if (typeof root !== "string") return false;
  const parts: Parts = (name) => {
    const v = form.get(name);
    return typeof v === "string" ? v : null;
  };
  return wellFormedJson(root, parts, 0, new Set(["0"]), true);
}

/** For the proxy: false when a `Next-Action` post would make Next fail decoding it. */
export async function wellFormedActionRequest(request: Request): Promise<boolean> {
  const type = request.headers.get("content-type") ?? "";
  try {
    if (type.startsWith("multipart/form-data")) return wellFormedActionForm(await request.clone().formData());
    return wellFormedActionText(await request.clone().text());
  } catch {
    return false;
  }
}
