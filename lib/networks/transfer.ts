import { z } from "zod";
import type { ExportColumn } from "@/lib/import-export/table";
import { cellDate, cellEnum, cellFlexibleDate, cellText } from "@/lib/import-export/cells";
import { isoAtPrecision, type FlexibleDate, type Precision } from "@/lib/strategy/dates";
import type { ImportSpec } from "@/lib/import-export/import";
import { pick } from "@/lib/i18n/localized";
import type { LocalizedText } from "@/db/schema/common";
import { zMoney } from "@/lib/money-zod";
import { parseDaysToTenths, tenthsToDays } from "./amounts";
import { membershipStatuses, networkTypes } from "./status";
import { isUuid } from "@/lib/ids";
import { parseRolesCell, type RoleLine } from "./roles";

/**
 * The networks' CSV format, shared by the export and the import so that an
 * exported file can be edited and imported back: one row per network, the
 * upsert key is `id` when given, else the Finnish name.
 */
export type NetworkCsvRow = {
  id: string | null;
  name_fi: string;
  name_sv: string | null;
  name_en: string | null;
  type: (typeof networkTypes)[number];
  status: (typeof membershipStatuses)[number];
  /** Known to the day, the month ("06/2022") or the year ("1994"); null (an empty cell) = not known. */
  status_since: FlexibleDate | null;
  website: string | null;
  country: string | null;
  annual_fee: number | null;
  currency: string;
  staff_days: string | null;
  unit: string | null;
  priorities: string[];
  decision_number: string | null;
  decision_date: string | null;
  internal_notes: string | null;
  /** Helsinki's roles ("Executive Committee 2023–2026; …", lib/networks/roles.ts). */
  roles: RoleLine[];
};

const typeLabels = {
  city_network: ["kaupunkiverkosto", "stadsnätverk", "city network"],
  eu_network: ["EU-verkosto", "EU-nätverk", "EU network"],
  global_network: ["globaali verkosto", "globalt nätverk", "global network"],
  bilateral: ["kumppanikaupunki", "kahdenvälinen kumppanikaupunki", "partnerstad", "bilateral partner city", "partner city"],
  other: ["muu", "annat"],
};
const statusLabels = {
  candidate: ["ehdolla", "kandidat"],
  member: ["jäsen", "medlem"],
  observer: ["tarkkailija", "observatör"],
  leaving: ["eroamassa", "utträder"],
  left: ["eronnut", "utträtt"],
};

const days = z.union([z.string(), z.null(), z.undefined()]).transform((v, ctx) => {
  const text = (v ?? "").trim();
  if (!text) return null;
  const tenths = parseDaysToTenths(text);
  if (tenths === null || tenths === "negative") {
    ctx.addIssue({ code: "custom", message: tenths === "negative" ? "errors.daysNegative" : "errors.days" });
    return z.NEVER;
  }
  return tenthsToDays(tenths);
});
const code = (length: number, key: string, fallback: string | null) =>
  z.union([z.string(), z.null(), z.undefined()]).transform((v, ctx) => {
    const text = (v ?? "").trim().toUpperCase();
    if (!text) return fallback;
    if (!new RegExp(`^[A-Z]{${length}}$`).test(text)) {
      ctx.addIssue({ code: "custom", message: `errors.${key}` });
      return z.NEVER;
    }
    return text;
  });
const url = z.union([z.string(), z.null(), z.undefined()]).transform((v, ctx) => {
  const text = (v ?? "").trim();
  if (!text) return null;
  try {
    const u = new URL(text);
    if (u.protocol !== "https:" && u.protocol !== "http:") throw new Error("scheme");
    return u.toString();
  } catch {
    ctx.addIssue({ code: "custom", message: "errors.url" });
    return z.NEVER;
  }
});
const uuidCell = z.union([z.string(), z.null(), z.undefined()]).transform((v, ctx) => {
  const text = (v ?? "").trim();
  if (!text) return null;
  if (!isUuid(text)) {
    ctx.addIssue({ code: "custom", message: "errors.unknownItem" });
    return z.NEVER;
  }
  return text.toLowerCase();
});
const list = z.union([z.string(), z.null(), z.undefined()]).transform((v) =>
  (v ?? "")
    .split(";")
    .map((s) => s.trim())
    .filter(Boolean),
);

const roles = z.union([z.string(), z.null(), z.undefined()]).transform((v, ctx) => {
  const parsed = parseRolesCell(v);
  if ("problem" in parsed) {
    ctx.addIssue({ code: "custom", message: `errors.${parsed.problem}`, params: { value: parsed.text.slice(0, 80) } });
    return z.NEVER;
  }
  return parsed.roles;
});

export const networkImportSpec: ImportSpec<NetworkCsvRow> = {
  columns: [
    { key: "id", headers: ["tunnus", "id"] },
    { key: "name_fi", headers: ["nimi", "nimi suomeksi", "namn på finska", "name in finnish", "name"], required: true },
    { key: "name_sv", headers: ["nimi ruotsiksi", "namn på svenska", "name in swedish"] },
    { key: "name_en", headers: ["nimi englanniksi", "namn på engelska", "name in english"] },
    { key: "type", headers: ["tyyppi", "typ"], required: true },
    { key: "status", headers: ["tila", "jäsenyyden tila", "membership status"], required: true },
    { key: "status_since", headers: ["tila alkaen", "status sedan", "status since", "jäsenenä alkaen", "medlem sedan", "member since"] },
    { key: "website", headers: ["verkkosivu", "webbplats"] },
    { key: "country", headers: ["maa", "land", "country code"] },
    { key: "annual_fee", headers: ["vuosimaksu", "årsavgift", "annual fee", "fee"] },
    { key: "currency", headers: ["valuutta", "valuta"] },
    { key: "staff_days", headers: ["henkilötyö", "htpv", "staff time", "person days"] },
    { key: "unit", headers: ["yksikkö", "vastuuyksikkö", "enhet", "responsible unit"] },
    { key: "priorities", headers: ["painopisteet", "prioriteringar"] },
    { key: "decision_number", headers: ["päätöksen numero", "beslutets nummer"] },
    { key: "decision_date", headers: ["päätöksen päivämäärä", "beslutets datum"] },
    { key: "internal_notes", headers: ["sisäiset muistiinpanot", "interna anteckningar", "notes"] },
    { key: "roles", headers: ["roolit", "helsingin roolit", "helsingin rooli", "rooli", "roller", "helsingfors roller", "roll", "helsinki's roles", "role"] },
  ],
  row: z.object({
    id: uuidCell,
    name_fi: cellText({ max: 200 }),
    name_sv: cellText({ optional: true, max: 200 }),
    name_en: cellText({ optional: true, max: 200 }),
    type: cellEnum(networkTypes, typeLabels),
    status: cellEnum(membershipStatuses, statusLabels),
    status_since: cellFlexibleDate({ optional: true }),
    website: url,
    country: code(2, "country", null),
    annual_fee: zMoney({ optional: true }),
    currency: code(3, "currency", "EUR"),
    staff_days: days,
    unit: cellText({ optional: true, max: 40 }),
    priorities: list,
    decision_number: cellText({ optional: true, max: 100 }),
    decision_date: cellDate({ optional: true }),
    internal_notes: cellText({ optional: true, max: 8000 }),
    roles,
  }) as unknown as z.ZodType<NetworkCsvRow>,
  keyOf: (row) => row.id ?? `name:${row.name_fi.trim().toLowerCase()}`,
  keyColumn: "name_fi",
  maxRows: 5000,
};

export type NetworkExportRow = {
  id: string;
  name: LocalizedText;
  type: string;
  status: string;
  statusSince: string | null;
  statusSincePrecision: Precision;
  website: string | null;
  countryCode: string | null;
  annualFeeCents: number | null;
  feeCurrency: string;
  staffDays: string | null;
  unitCode: string | null;
  priorityTitles: LocalizedText[];
  decisionNumber: string | null;
  decisionDate: string | null;
  internalNotes: string | null;
  /** The roles as one cell, in the import's form. */
  roles: string;
};

/** Export columns in the import's order and names; `feeAs` "money" for CSV (re-importable), "number" for spreadsheets. */
export function networkExportColumns(feeAs: "money" | "number"): ExportColumn<NetworkExportRow>[] {
  return [
    { header: "id", value: (r) => r.id },
    { header: "name_fi", value: (r) => r.name.fi },
    { header: "name_sv", value: (r) => r.name.sv },
    { header: "name_en", value: (r) => r.name.en },
    { header: "type", value: (r) => r.type },
    { header: "status", value: (r) => r.status },
    // A month or a year only is written as the import reads it ("2022-06", "1994"); a full date stays a date.
    { header: "status_since", type: "date", value: (r) => isoAtPrecision(r.statusSince, r.statusSincePrecision) },
    { header: "website", value: (r) => r.website },
    { header: "country", value: (r) => r.countryCode },
    feeAs === "money"
      ? { header: "annual_fee", type: "money", value: (r) => r.annualFeeCents }
      : { header: "annual_fee", type: "number", value: (r) => (r.annualFeeCents === null ? null : r.annualFeeCents / 100) },
    { header: "currency", value: (r) => r.feeCurrency },
    { header: "staff_days", type: "number", value: (r) => (r.staffDays === null ? null : Number(r.staffDays)) },
    { header: "unit", value: (r) => r.unitCode },
    { header: "priorities", value: (r) => r.priorityTitles.map((t) => pick(t, "fi")).join("; ") },
    { header: "decision_number", value: (r) => r.decisionNumber },
    { header: "decision_date", type: "date", value: (r) => r.decisionDate },
    { header: "internal_notes", value: (r) => r.internalNotes },
    { header: "roles", value: (r) => r.roles || null },
  ];
}
