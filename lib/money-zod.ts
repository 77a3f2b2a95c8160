import { z } from "zod";
import { parseMoney, type Cents } from "./money";

/**
 * A money field for forms and CSV rows: text ("1 250 000,50") parsed to
 * integer cents. Negative amounts are refused unless `min` says otherwise.
 * Empty → null when optional, "errors.required" otherwise.
 */
export function zMoney(options: { optional?: boolean; min?: Cents } = {}) {
  const min = options.min ?? 0;
  return z.union([z.string(), z.number(), z.null(), z.undefined()]).transform((value, ctx): Cents | null => {
    const text = value === null || value === undefined ? "" : String(value).trim();
    if (!text) {
      if (options.optional) return null;
      ctx.addIssue({ code: "custom", message: "errors.required" });
      return z.NEVER;
    }
    const cents = parseMoney(text);
    if (cents === null) {
      ctx.addIssue({ code: "custom", message: "errors.money" });
      return z.NEVER;
    }
    if (cents < min) {
      ctx.addIssue({ code: "custom", message: "errors.moneyNegative" });
      return z.NEVER;
    }
    return cents;
  });
}
