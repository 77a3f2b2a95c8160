import { z } from "zod";
import { effectiveEnd } from "@/lib/strategy/dates";
import { flexibleDate, idList, optionalText, optionalUuid, requiredText } from "@/lib/forms/zod-fields";
import { zMoney } from "@/lib/money-zod";
import { parseDaysToTenths, tenthsToDays } from "./amounts";
import { membershipStatuses, networkTypes, participationKinds } from "./status";
import { recommendations } from "./review";

/**
 * zod pieces for the network forms (FormData: every value arrives as a
 * string). Domain errors are i18n keys in the `errors` namespace, shown next
 * to the field.
 */
const issue = (ctx: z.RefinementCtx, key: string, params?: Record<string, string | number>) =>
  ctx.addIssue({ code: "custom", message: `errors.${key}`, params });


/** Money as typed ("1 250,50") → integer cents, or null when empty (the shared money parser). */
export const moneyField = zMoney({ optional: true })
  .optional()
  .transform((v) => v ?? null);

/** Person-days ("7,5") → the numeric column's text ("7.5"), or null when empty. */
export const daysField = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v?.trim()) return null;
    const tenths = parseDaysToTenths(v);
    if (tenths === "negative" || tenths === null) {
      issue(ctx, tenths === "negative" ? "daysNegative" : "days");
      return z.NEVER;
    }
    return tenthsToDays(tenths);
  });

function validIsoDate(s: string) {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  if (!m) return false;
  const d = new Date(Date.UTC(+m[1]!, +m[2]! - 1, +m[3]!));
  return d.getUTCFullYear() === +m[1]! && d.getUTCMonth() === +m[2]! - 1 && d.getUTCDate() === +m[3]! && +m[1]! >= 1900 && +m[1]! <= 2200;
}

/** A date from <input type="date"> (yyyy-mm-dd); "15.6.2022" is accepted too. */
export const dateField = z
  .string()
  .trim()
  .min(1)
  .transform((v, ctx) => {
    const fi = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(v);
    const iso = fi ? `${fi[3]}-${fi[2]!.padStart(2, "0")}-${fi[1]!.padStart(2, "0")}` : v;
    if (!validIsoDate(iso)) {
      issue(ctx, "dayDate");
      return z.NEVER;
    }
    return iso;
  });
export const optionalDateField = z
  .string()
  .optional()
  .transform((v) => (v?.trim() ? v.trim() : undefined))
  .pipe(dateField.optional())
  .transform((v) => v ?? null);

/** A code of capital letters (typed in any case) matching `pattern`, else the error `errors.<key>`; `whenEmpty` when empty. */
const letterCode = <E extends string | null>(pattern: RegExp, key: string, whenEmpty: E) =>
  z
    .string()
    .trim()
    .optional()
    .transform((v, ctx): string | E => {
      if (!v) return whenEmpty;
      const c = v.toUpperCase();
      if (!pattern.test(c)) {
        issue(ctx, key);
        return z.NEVER;
      }
      return c;
    });

/** An ISO 4217 currency; EUR when empty. */
export const currencyField = letterCode(/^[A-Z]{3}$/, "currency", "EUR");

/** An ISO 3166 country; null when empty. */
export const countryField = letterCode(/^[A-Z]{2}$/, "country", null);

export const websiteField = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    try {
      const url = new URL(v);
      if (url.protocol !== "https:" && url.protocol !== "http:") throw new Error("scheme");
      return url.toString();
    } catch {
      issue(ctx, "url");
      return z.NEVER;
    }
  });


/**
 * A date known to the day, the month ("06/2022") or the year ("1994"); empty
 * = not known (null, never a default day). A network's status since, a status
 * change, a role's start or end (where empty means ongoing).
 */
export const flexibleDateField = flexibleDate({ allowYear: true, message: "errors.flexibleDate" });

/** A role's start or end: empty = not known (a start) or ongoing (an end). */
export const roleDateField = flexibleDateField;

export const networkTypeField = z.enum(networkTypes);
export const statusField = z.enum(membershipStatuses);
export const participationKindField = z.enum(participationKinds);
export const recommendationField = z.enum(recommendations);
export const scoreField = z.coerce
  .number({ error: "errors.score" })
  .refine((n) => Number.isInteger(n) && n >= 1 && n <= 5, { message: "errors.score" });

/** A name (Finnish required) and a description in three languages: a network's, a review round's. */
export const nameAndDescription = {
  name_fi: requiredText(200),
  name_sv: optionalText(200),
  name_en: optionalText(200),
  description_fi: optionalText(4000),
  description_sv: optionalText(4000),
  description_en: optionalText(4000),
};

/** The network fields that the edit form, the create form and the CSV import share. */
export const networkFields = {
  ...nameAndDescription,
  type: networkTypeField,
  website: websiteField,
  countryCode: countryField,
  annualFee: moneyField,
  feeCurrency: currencyField,
  staffDays: daysField,
  responsibleUnitId: optionalUuid(),
  contactIds: idList(50),
  priorityIds: idList(50),
  decisionNumber: optionalText(100),
  decisionDate: optionalDateField,
  internalNotes: optionalText(8000),
};

export const networkCreateInput = z.object({
  ...networkFields,
  status: statusField,
  statusSince: flexibleDateField,
  intent: z.enum(["save", "publish"]).default("save"),
});

export const networkUpdateInput = z.object({
  ...networkFields,
  id: z.uuid(),
  version: z.coerce.number().int().min(1),
  intent: z.enum(["save", "publish"]).default("save"),
});

export type NetworkFieldValues = z.output<z.ZodObject<typeof networkFields>>;

/** The localized texts of the form as stored: { fi, sv?, en? }. */
export function localizedFrom(values: { [k: string]: unknown }, base: string) {
  const fi = values[`${base}_fi`] as string | null | undefined;
  const sv = values[`${base}_sv`] as string | null | undefined;
  const en = values[`${base}_en`] as string | null | undefined;
  if (!fi && !sv && !en) return null;
  return { fi: fi ?? "", ...(sv ? { sv } : {}), ...(en ? { en } : {}) };
}


/** Role and body texts: no ";" (it separates roles in the import's roles column), and the role no "," (it separates the body there). */
const roleText = (separators: RegExp) => <S extends z.ZodType<string | null, unknown>>(schema: S) =>
  schema.superRefine((v: string | null, ctx) => {
    if (v && separators.test(v)) issue(ctx, "roleSeparator");
  });
const roleTitle = roleText(/[;,]/);
const roleBody = roleText(/;/);

/** A role of the city in a network: role and body in three languages, a term known to the day, month or year. */
export const networkRoleShape = {
  title_fi: roleTitle(requiredText(300)),
  title_sv: roleTitle(optionalText(300)),
  title_en: roleTitle(optionalText(300)),
  body_fi: roleBody(optionalText(300)),
  body_sv: roleBody(optionalText(300)),
  body_en: roleBody(optionalText(300)),
  startDate: roleDateField,
  endDate: roleDateField,
};

/** The end may not be before the start (a year or month end counts to its last day). */
export const roleTermCheck = (v: { startDate: { date: string } | null; endDate: { date: string; precision: "day" | "month" | "year" } | null }) =>
  !v.startDate || !v.endDate || effectiveEnd(v.endDate.date, v.endDate.precision) >= v.startDate.date;
