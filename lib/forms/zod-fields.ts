import { z } from "zod";
import type { LocalizedText } from "@/db/schema/common";
import { parseFlexibleDate } from "@/lib/strategy/dates";

/**
 * zod building blocks for forms (FormData arrives as strings). Error
 * messages are i18n keys; see lib/actions/zod-errors.ts.
 */

/** Optional text: trimmed, "" → null. */
export const optionalText = (max: number) =>
  z
    .string()
    .trim()
    .max(max)
    .optional()
    .nullable()
    .transform((v) => (v ? v : null));

export const requiredText = (max: number) => z.string().trim().min(1).max(max);

/** A whole number from a form field; "" counts as missing, anything else not a whole number is "enter a number". */
export const requiredInt = () =>
  z.unknown().transform((v, ctx) => {
    if (v === undefined || v === null || (typeof v === "string" && v.trim() === "")) {
      ctx.addIssue({ code: "custom", message: "errors.required" });
      return z.NEVER;
    }
    const n = typeof v === "number" ? v : typeof v === "string" && /^\s*-?\d+\s*$/.test(v) ? Number(v) : NaN;
    if (!Number.isSafeInteger(n)) {
      ctx.addIssue({ code: "custom", message: "errors.number" });
      return z.NEVER;
    }
    return n;
  });

/** The version the form was based on (optimistic locking). */
export const versionField = () => requiredInt().pipe(z.number().min(1));

export const uuidField = () => z.string().trim().uuid();

const blankToUndefined = (v: unknown) => (typeof v === "string" && v.trim() === "" ? undefined : v);

/** An optional id (a select's "none" sends ""): blank → null. */
export const optionalUuid = () => z.preprocess(blankToUndefined, uuidField().optional().nullable()).transform((v) => v ?? null);

/** A list of ids from checkboxes (`name[]`) or a single value; empty entries are dropped. */
export const idList = (max = 100, min = 0) =>
  z.preprocess(
    (v) => (v === undefined || v === null || v === "" ? [] : Array.isArray(v) ? v.filter((x) => x !== "") : [v]),
    z.array(z.string().trim().uuid()).min(min).max(max),
  );

/** A date typed as 15.6.2022, 2022-06-15, 06/2022 or 2022-06 (and 1994 with `allowYear`); "" → null (not known, never a default day). The one form field for partial dates. */
export const flexibleDate = (options: { allowYear?: boolean; message?: string } = {}) =>
  z
    .string()
    .trim()
    .max(20)
    .optional()
    .nullable()
    .transform((v, ctx) => {
      if (!v) return null;
      const parsed = parseFlexibleDate(v, { allowYear: options.allowYear });
      if (!parsed) {
        ctx.addIssue({ code: "custom", message: options.message ?? "errors.date" });
        return z.NEVER;
      }
      return parsed;
    });

/** A day (no month precision): 15.6.2022 or 2022-06-15. `message` is the error key for anything else. */
export const dayDate = (message = "errors.date") =>
  z
    .string()
    .trim()
    .min(1)
    .max(20)
    .transform((v, ctx) => {
      const parsed = parseFlexibleDate(v);
      if (!parsed || parsed.precision !== "day") {
        ctx.addIssue({ code: "custom", message });
        return z.NEVER;
      }
      return parsed.date;
    });

/** An optional day: blank → null. */
export const optionalDayDate = (message?: string) => z.preprocess(blankToUndefined, dayDate(message).optional().nullable()).transform((v) => v ?? null);

/** A checkbox: present ("on"/"true") or absent. */
export const checkbox = () => z.preprocess((v) => v === true || v === "on" || v === "true" || v === "1", z.boolean());

/** The three fields of a translatable text: `<base>Fi` (required if asked), `<base>Sv`, `<base>En`. */
export function localizedShape<B extends string>(base: B, max: number, required: boolean) {
  return {
    [`${base}Fi`]: required ? requiredText(max) : optionalText(max),
    [`${base}Sv`]: optionalText(max),
    [`${base}En`]: optionalText(max),
  } as Record<`${B}Fi`, z.ZodType<string | null>> & Record<`${B}Sv` | `${B}En`, z.ZodType<string | null>>;
}

/** Build the stored value of a translatable text from its three fields; null when Finnish is empty. */
export function toLocalized(input: Record<string, unknown>, base: string): LocalizedText | null {
  const fi = input[`${base}Fi`];
  if (typeof fi !== "string" || !fi) return null;
  const out: LocalizedText = { fi };
  const sv = input[`${base}Sv`];
  const en = input[`${base}En`];
  if (typeof sv === "string" && sv) out.sv = sv;
  if (typeof en === "string" && en) out.en = en;
  return out;
}

/** An exact decimal typed the Finnish or English way ("1 250 000,50", "1250000.5") as a string for numeric columns. */
export const decimalField = () =>
  z
    .string()
    .trim()
    .min(1)
    .max(40)
    .transform((v, ctx) => {
      const normalized = v.replace(/[\s\u00a0\u202f]/g, "").replace(/^−/, "-").replace(",", ".");
      if (!/^-?\d{1,16}(\.\d{1,4})?$/.test(normalized)) {
        ctx.addIssue({ code: "custom", message: "errors.number" });
        return z.NEVER;
      }
      return normalized;
    });
