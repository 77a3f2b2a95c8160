import { z } from "zod";
import { cellDate, cellEnum, cellInt, cellText, cellUuid, cellYesNo } from "@/lib/import-export/cells";
import type { ImportColumn, ImportSpec } from "@/lib/import-export/import";
import { localizedColumns } from "@/lib/import-export/localized";
import { activityTypes, askOutcomes } from "./vocabulary";

/**
 * The column contracts of the advocacy actions' and government asks'
 * imports: the staff exports' own columns (lib/exports/staff.ts), so an
 * exported file imports back as it is, plus names a person's own sheet may
 * use. A row with an `id` updates that item; a row without one creates a new
 * item. Every column may be left out of a file (its values are then kept);
 * what a new item needs is checked per row (lib/advocacy/import-apply.ts).
 */

export const visibilityValues = ["public", "internal"] as const;

const typeLabels = {
  statement: ["lausunto", "utlåtande"],
  meeting: ["tapaaminen", "möte"],
  proposal: ["ehdotus", "aloite", "förslag"],
  position_paper: ["kannanotto", "ståndpunkt", "position paper"],
};
const outcomeLabels = {
  pending: ["odottaa", "odottaa ohjelmaa", "väntar", "väntar på programmet", "awaiting the programme"],
  adopted: ["toteutui", "förverkligades", "hyväksytty"],
  partly: ["toteutui osittain", "osittain", "förverkligades delvis", "delvis", "partly adopted"],
  not_adopted: ["ei toteutunut", "förverkligades inte", "not adopted"],
};
export const visibilityLabels = { public: ["julkinen", "offentlig"], internal: ["sisäinen", "intern"] };

export type ActivityCsvRow = {
  id: string | null;
  type: (typeof activityTypes)[number] | null;
  priority: string | null;
  title_fi: string | null;
  title_sv: string | null;
  title_en: string | null;
  summary_fi: string | null;
  summary_sv: string | null;
  summary_en: string | null;
  date: string | null;
  audience: string | null;
  consultation: string | null;
  ministry: string | null;
  deadline: string | null;
  declined: boolean | null;
  responsible: string | null;
  outcome_fi: string | null;
  outcome_sv: string | null;
  outcome_en: string | null;
  visibility: (typeof visibilityValues)[number] | null;
  internal_notes: string | null;
};

const text = (max: number) => cellText({ optional: true, max });
let fresh = 0;
/** Rows without an id are new items: each its own key. */
const keyOf = (row: { id: string | null }) => row.id ?? `new:${++fresh}`;

/**
 * What the actions' and the asks' files share: the item's id first, its
 * visibility and internal notes last, the key rule and the size limit.
 */
function advocacySpec<T extends { id: string | null }>(columns: ImportColumn[], cells: z.ZodRawShape): ImportSpec<T> {
  return {
    columns: [
      { key: "id", headers: ["tunnus", "id"] },
      ...columns,
      { key: "visibility", headers: ["näkyvyys", "synlighet"] },
      { key: "internal_notes", headers: ["sisäiset muistiinpanot", "interna anteckningar", "notes"] },
    ],
    row: z.object({
      id: cellUuid(),
      ...cells,
      visibility: cellEnum(visibilityValues, visibilityLabels, { optional: true }),
      internal_notes: text(4000),
    }) as unknown as z.ZodType<T>,
    keyOf,
    keyColumn: "id",
    maxRows: 5000,
  };
}

export const activityImportSpec = advocacySpec<ActivityCsvRow>(
  [
    { key: "type", headers: ["tyyppi", "laji", "typ"] },
    { key: "priority", headers: ["painopiste", "prioritering"] },
    ...localizedColumns("title", ["otsikko", "rubrik", "title", "nimi"]),
    ...localizedColumns("summary", ["tiivistelmä", "sammanfattning", "summary"]),
    { key: "date", headers: ["päivämäärä", "päivä", "annettu", "datum"] },
    { key: "audience", headers: ["kohderyhmä", "målgrupp"] },
    { key: "consultation", headers: ["lausuntopyyntö", "remiss"] },
    { key: "ministry", headers: ["ministeriö", "ministerium"] },
    { key: "deadline", headers: ["määräaika", "deadline", "tidsfrist"] },
    { key: "declined", headers: ["jätetty antamatta", "ei anneta", "avstått"] },
    { key: "responsible", headers: ["vastuuhenkilö", "ansvarsperson", "responsible person"] },
    ...localizedColumns("outcome", ["tulos", "resultat", "outcome"]),
  ],
  {
    type: cellEnum(activityTypes, typeLabels, { optional: true }),
    priority: text(300),
    title_fi: text(300),
    title_sv: text(300),
    title_en: text(300),
    summary_fi: text(4000),
    summary_sv: text(4000),
    summary_en: text(4000),
    date: cellDate({ optional: true }),
    audience: text(500),
    consultation: text(500),
    ministry: text(300),
    deadline: cellDate({ optional: true }),
    declined: cellYesNo(),
    responsible: text(320),
    outcome_fi: text(4000),
    outcome_sv: text(4000),
    outcome_en: text(4000),
  },
);

export type AskCsvRow = {
  id: string | null;
  programme_year: number | null;
  priority: string | null;
  wording_fi: string | null;
  wording_sv: string | null;
  wording_en: string | null;
  justification_fi: string | null;
  justification_sv: string | null;
  justification_en: string | null;
  target_fi: string | null;
  target_sv: string | null;
  target_en: string | null;
  outcome: (typeof askOutcomes)[number] | null;
  evidence_fi: string | null;
  evidence_sv: string | null;
  evidence_en: string | null;
  evidence_ref: string | null;
  visibility: (typeof visibilityValues)[number] | null;
  internal_notes: string | null;
};

export const askImportSpec = advocacySpec<AskCsvRow>(
  [
    { key: "programme_year", headers: ["hallitusohjelma", "ohjelmavuosi", "vuosi", "regeringsprogram", "år", "year"] },
    { key: "priority", headers: ["painopiste", "prioritering"] },
    ...localizedColumns("wording", ["tavoite", "muotoilu", "formulering", "ask"]),
    ...localizedColumns("justification", ["perustelu", "motivering"]),
    ...localizedColumns("target", ["kohde", "mål", "target"]),
    { key: "outcome", headers: ["toteutuminen", "tulos", "utfall"] },
    ...localizedColumns("evidence", ["näyttö", "ohjelman kirjaus", "belägg"]),
    { key: "evidence_ref", headers: ["kohta ohjelmassa", "ställe i programmet", "reference"] },
  ],
  {
    programme_year: cellInt({ min: 2000, max: 2100, optional: true }),
    priority: text(300),
    wording_fi: text(2000),
    wording_sv: text(2000),
    wording_en: text(2000),
    justification_fi: text(4000),
    justification_sv: text(4000),
    justification_en: text(4000),
    target_fi: text(1000),
    target_sv: text(1000),
    target_en: text(1000),
    outcome: cellEnum(askOutcomes, outcomeLabels, { optional: true }),
    evidence_fi: text(4000),
    evidence_sv: text(4000),
    evidence_en: text(4000),
    evidence_ref: text(300),
  },
);
