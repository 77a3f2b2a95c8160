import { z } from "zod";
import { cellDate, cellEnum, cellFlexibleDate, cellText } from "@/lib/import-export/cells";
import { endsBefore } from "@/lib/strategy/dates";
import type { ImportColumn, ImportSpec } from "@/lib/import-export/import";
import { zMoney } from "@/lib/money-zod";
import { statuses } from "./rules";
import { euProjectRoles, riskLevels } from "./vocabulary";

/**
 * The EU project CSV: one row per project, keyed by `external_id` (upsert).
 * Column names are the keys below (as the export writes them) or any of the
 * Finnish/Swedish/English aliases. Programmes by code or name, units by code.
 */
export const projectColumns: ImportColumn[] = [
  { key: "external_id", headers: ["tunnus", "ulkoinen tunnus", "extern identifierare", "external id", "id"], required: true },
  { key: "name_fi", headers: ["nimi", "nimi fi", "name", "hankkeen nimi"], required: true },
  { key: "name_sv", headers: ["nimi sv", "namn", "namn sv"] },
  { key: "name_en", headers: ["nimi en", "name en"] },
  { key: "acronym", headers: ["lyhenne", "akronym"] },
  { key: "programme", headers: ["ohjelma", "program", "programme code"], required: true },
  { key: "call", headers: ["haku", "utlysning"] },
  { key: "status", headers: ["tila", "status"] },
  { key: "status_date", headers: ["tilan päivä", "statusdatum"] },
  { key: "role", headers: ["rooli", "roll", "city role"] },
  { key: "total_budget", headers: ["kokonaisbudjetti", "total budget", "totalbudget"] },
  { key: "eu_contribution", headers: ["eu-rahoitus", "eu-finansiering", "eu contribution"] },
  { key: "state_funding", headers: ["valtion rahoitus", "statlig finansiering", "state funding"] },
  { key: "own_funding", headers: ["omarahoitus", "egen finansiering", "own funding", "own co-financing"] },
  { key: "start_date", headers: ["alkaa", "alkupäivä", "startdatum", "start"] },
  { key: "end_date", headers: ["päättyy", "loppupäivä", "slutdatum", "end"] },
  { key: "unit", headers: ["yksikkö", "enhet", "unit code"] },
  { key: "cordis_id", headers: ["cordis", "cordis id"] },
  { key: "kohesio_code", headers: ["kohesio", "hanketunnus", "projektkod"] },
  { key: "decision_number", headers: ["päätös", "päätösnumero", "beslut"] },
  { key: "risk_level", headers: ["riski", "risk"] },
  { key: "internal_notes", headers: ["sisäiset muistiinpanot", "interna anteckningar", "notes"] },
];

const statusLabels = {
  idea: ["idea", "idé"],
  preparation: ["valmistelussa", "under beredning", "in preparation", "preparing"],
  submitted: ["jätetty", "inlämnad", "haettu"],
  granted: ["myönnetty", "beviljad"],
  rejected: ["hylätty", "avslagen"],
  ongoing: ["käynnissä", "pågående", "pågår"],
  closed: ["päättynyt", "avslutad", "completed"],
};

const row = z
  .object({
    external_id: cellText({ max: 80 }),
    name_fi: cellText({ max: 300 }),
    name_sv: cellText({ optional: true, max: 300 }),
    name_en: cellText({ optional: true, max: 300 }),
    acronym: cellText({ optional: true, max: 40 }),
    programme: cellText({ max: 200 }),
    call: cellText({ optional: true, max: 200 }),
    status: cellEnum(statuses, statusLabels, { optional: true }),
    status_date: cellDate({ optional: true }),
    role: cellEnum(euProjectRoles, { coordinator: ["koordinaattori", "koordinator"], partner: ["kumppani", "partner"] }, { optional: true }),
    total_budget: zMoney({ optional: true }),
    // Empty = not known (null), never 0.
    eu_contribution: zMoney({ optional: true }),
    state_funding: zMoney({ optional: true }),
    own_funding: zMoney({ optional: true }),
    // A day, a month ("06/2022", "2022-06") or a year ("2016"), with its precision; empty = not known.
    start_date: cellFlexibleDate({ optional: true }),
    end_date: cellFlexibleDate({ optional: true }),
    unit: cellText({ optional: true, max: 40 }),
    cordis_id: cellText({ optional: true, max: 80 }),
    kohesio_code: cellText({ optional: true, max: 80 }),
    decision_number: cellText({ optional: true, max: 120 }),
    risk_level: cellEnum(riskLevels, { low: ["matala", "låg"], medium: ["keskitaso", "medel"], high: ["korkea", "hög"] }, { optional: true }),
    internal_notes: cellText({ optional: true, max: 5000 }),
  })
  // .check: reported together with the other cells' errors; a cell that failed is skipped.
  .check(
    z.superRefine((v: { start_date?: unknown; end_date?: unknown; total_budget?: unknown; eu_contribution?: unknown; state_funding?: unknown; own_funding?: unknown }, ctx) => {
      if (endsBefore(v.end_date, v.start_date)) ctx.addIssue({ code: "custom", path: ["end_date"], message: "errors.endBeforeStart" });
      const n = (x: unknown) => (typeof x === "number" ? x : 0);
      const share = n(v.eu_contribution) + n(v.state_funding) + n(v.own_funding);
      if (typeof v.total_budget === "number" && share > v.total_budget) ctx.addIssue({ code: "custom", path: ["total_budget"], message: "errors.sharesExceedTotal" });
    }),
  );

export type ProjectCsvRow = z.output<typeof row>;

export const projectImportSpec: ImportSpec<ProjectCsvRow> = {
  columns: projectColumns,
  row,
  keyOf: (r) => r.external_id,
  keyColumn: "external_id",
};
