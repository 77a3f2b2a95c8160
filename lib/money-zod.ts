import { z } from "zod";
import { parseMoney, type Cents } from "./money";

/**
 * A money field for forms and CSV rows: text ("1 250 000,50") parsed to
 * integer cents. Negative amounts are refused unless `min` says otherwise.
 * Empty → null when optional, "errors.required" otherwise.
 */
export function zMoney(options: { optional: true; min?: Cents }): z.ZodType<Cents | null, unknown>;
export function zMoney(options?: { optional?: false; min?: Cents }): z.ZodType<Cents, unknown>;
export function zMoney(options: { optional?: boolean; min?: Cents } = {}): z.ZodType<Cents | null, unknown> {
  const min = options.min ?? 0;
  // Absent keys count as empty (zod 4 would otherwise call them missing before our own message).
  const inner = z.union([z.string(), z.number(), z.null()]).transform((value, ctx): Cents | null => {
    const text = value === null || value === undefined ? "" : String(value).trim();
    if (!text) {
      if (options.optional) return null;
      ctx.addIssue({ code: "custom", message: "errors.required", continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    const cents = parseMoney(text);
    if (cents === null) {
      ctx.addIssue({ code: "custom", message: "errors.money", continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    if (cents < min) {
      ctx.addIssue({ code: "custom", message: "errors.moneyNegative", continue: true });
      return null; // the issue above fails the parse; null keeps later cross-field checks safe
    }
    return cents;
  });
  return z.preprocess((v) => (v === undefined ? null : v), inner);
}
