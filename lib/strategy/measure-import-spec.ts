import { z } from "zod";
import { cellEnum, cellFlexibleDate, cellInt, cellText, cellUuid } from "@/lib/import-export/cells";
import type { ImportSpec } from "@/lib/import-export/import";
import { localizedColumns } from "@/lib/import-export/localized";
import type { Precision } from "./dates";
import { measureStatuses } from "./measure-input";

/**
 * The column contract of the measures' import: the staff export's own
 * columns (lib/exports/staff.ts), so an exported file imports back as it is.
 * A row updates the measure of its `id` (measures are created in the app,
 * where their goal, unit and links are chosen) and writes its round text —
 * status narrative fi/sv/en, status and progress — into the round chosen for
 * the import (an open round). Every other column may be left out (its values
 * are then kept). `goal`, `priorities`, `unit` and `weight` are changed in
 * the measure's form only; the import refuses a row that changes them.
 * `round`, `round_cut_off` and `round_written` say which round a row's text
 * was exported from: a row whose `round_cut_off` is another round's keeps
 * its text there (it is not copied into the chosen round).
 */

const statusLabels = {
  not_started: ["ei aloitettu", "inte påbörjad"],
  on_schedule: ["aikataulussa", "enligt tidtabell"],
  late: ["myöhässä", "försenad"],
  completed: ["valmis", "klar"],
  cancelled: ["peruttu", "inställd"],
  postponed: ["siirretty", "uppskjuten"],
};
const precisions = ["day", "month", "year"] as const;

/** A strategy date (a day, or a month "06/2022"); empty → null. */
const flexible = cellFlexibleDate({ optional: true, allowYear: false });

export type MeasureCsvRow = {
  id: string | null;
  goal: string | null;
  priorities: string | null;
  title_fi: string | null;
  title_sv: string | null;
  title_en: string | null;
  description_fi: string | null;
  description_sv: string | null;
  description_en: string | null;
  status: (typeof measureStatuses)[number] | null;
  progress: number | null;
  start_date: { date: string; precision: Precision } | null;
  due_date: { date: string; precision: Precision } | null;
  due_precision: (typeof precisions)[number] | null;
  unit: string | null;
  weight: number | null;
  visibility: "public" | "internal" | null;
  internal_notes: string | null;
  round: string | null;
  round_cut_off: string | null;
  round_status: (typeof measureStatuses)[number] | null;
  round_progress: number | null;
  round_narrative_fi: string | null;
  round_narrative_sv: string | null;
  round_narrative_en: string | null;
  round_written: string | null;
};

const text = (max: number) => cellText({ optional: true, max });

export const measureImportSpec: ImportSpec<MeasureCsvRow> = {
  columns: [
    { key: "id", headers: ["tunnus", "id"], required: true },
    { key: "goal", headers: ["tavoite", "mål"] },
    { key: "priorities", headers: ["painopisteet", "prioriteringar"] },
    ...localizedColumns("title", ["toimenpide", "otsikko", "åtgärd", "measure", "title"]),
    ...localizedColumns("description", ["kuvaus", "beskrivning", "description"]),
    { key: "status", headers: ["tila", "status"] },
    { key: "progress", headers: ["edistyminen", "valmiusaste", "framsteg"] },
    { key: "start_date", headers: ["alkaa", "alkupäivä", "börjar", "start"] },
    { key: "due_date", headers: ["valmistuu", "määräpäivä", "klar", "due"] },
    { key: "due_precision", headers: ["määräpäivän tarkkuus", "precision"] },
    { key: "unit", headers: ["yksikkö", "vastuuyksikkö", "enhet"] },
    { key: "weight", headers: ["paino", "vikt"] },
    { key: "visibility", headers: ["näkyvyys", "synlighet"] },
    { key: "internal_notes", headers: ["sisäiset muistiinpanot", "interna anteckningar", "notes"] },
    { key: "round", headers: ["seuranta", "kierros", "uppföljning"] },
    { key: "round_cut_off", headers: ["seurannan päivä", "uppföljningens datum"] },
    { key: "round_status", headers: ["seurannan tila", "uppföljningens status", "round status"] },
    { key: "round_progress", headers: ["seurannan edistyminen", "uppföljningens framsteg", "round progress"] },
    ...localizedColumns("round_narrative", ["tilannekuvaus", "seurantateksti", "lägesbeskrivning", "status narrative", "narrative"]),
    { key: "round_written", headers: ["kirjoitettu", "skriven", "written"] },
  ],
  row: z.object({
    id: cellUuid(),
    goal: text(300),
    priorities: text(4000),
    title_fi: text(300),
    title_sv: text(300),
    title_en: text(300),
    description_fi: text(5000),
    description_sv: text(5000),
    description_en: text(5000),
    status: cellEnum(measureStatuses, statusLabels, { optional: true }),
    progress: cellInt({ min: 0, max: 100, optional: true }),
    start_date: flexible,
    due_date: flexible,
    due_precision: cellEnum(precisions, {}, { optional: true }),
    unit: text(40),
    weight: cellInt({ min: 0, max: 1000, optional: true }),
    visibility: cellEnum(["public", "internal"] as const, { public: ["julkinen", "offentlig"], internal: ["sisäinen", "intern"] }, { optional: true }),
    internal_notes: text(4000),
    round: text(300),
    round_cut_off: text(40),
    round_status: cellEnum(measureStatuses, statusLabels, { optional: true }),
    round_progress: cellInt({ min: 0, max: 100, optional: true }),
    round_narrative_fi: text(5000),
    round_narrative_sv: text(5000),
    round_narrative_en: text(5000),
    round_written: text(40),
  }) as unknown as z.ZodType<MeasureCsvRow>,
  keyOf: (row) => row.id ?? `missing:${Math.random()}`, // a row without an id is refused per row (errors.required)
  keyColumn: "id",
  maxRows: 5000,
};
