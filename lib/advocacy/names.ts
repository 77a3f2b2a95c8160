import type { LocalizedText } from "@/db/schema/common";

/**
 * Finnish names that advocacy records keep as plain text (the ministry a
 * statement went to, the government programme an outcome cites), with their
 * official Swedish and English names, so that sv/en pages show them in the
 * page's language. A name not in the list stays Finnish and is marked so.
 */
const MINISTRIES: Record<string, { sv: string; en: string }> = {
  "Valtioneuvoston kanslia": { sv: "Statsrådets kansli", en: "Prime Minister's Office" },
  "Ulkoministeriö": { sv: "Utrikesministeriet", en: "Ministry for Foreign Affairs" },
  "Oikeusministeriö": { sv: "Justitieministeriet", en: "Ministry of Justice" },
  "Sisäministeriö": { sv: "Inrikesministeriet", en: "Ministry of the Interior" },
  "Puolustusministeriö": { sv: "Försvarsministeriet", en: "Ministry of Defence" },
  "Valtiovarainministeriö": { sv: "Finansministeriet", en: "Ministry of Finance" },
  "Opetus- ja kulttuuriministeriö": { sv: "Undervisnings- och kulturministeriet", en: "Ministry of Education and Culture" },
  "Maa- ja metsätalousministeriö": { sv: "Jord- och skogsbruksministeriet", en: "Ministry of Agriculture and Forestry" },
  "Liikenne- ja viestintäministeriö": { sv: "Kommunikationsministeriet", en: "Ministry of Transport and Communications" },
  "Työ- ja elinkeinoministeriö": { sv: "Arbets- och näringsministeriet", en: "Ministry of Economic Affairs and Employment" },
  "Sosiaali- ja terveysministeriö": { sv: "Social- och hälsovårdsministeriet", en: "Ministry of Social Affairs and Health" },
  "Ympäristöministeriö": { sv: "Miljöministeriet", en: "Ministry of the Environment" },
};

/** Government programmes by the Finnish form of their name (a date may follow it). */
const PROGRAMMES: Record<string, { sv: string; en: string }> = {
  "Pääministeri Petteri Orpon hallituksen ohjelma": { sv: "Statsminister Petteri Orpos regeringsprogram", en: "Programme of Prime Minister Petteri Orpo's Government" },
  "Pääministeri Sanna Marinin hallituksen ohjelma": { sv: "Statsminister Sanna Marins regeringsprogram", en: "Programme of Prime Minister Sanna Marin's Government" },
  "Pääministeri Antti Rinteen hallituksen ohjelma": { sv: "Statsminister Antti Rinnes regeringsprogram", en: "Programme of Prime Minister Antti Rinne's Government" },
};

const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** "Työ- ja elinkeinoministeriö, sisäministeriö" → the names in every language; all or nothing (a half-translated list stays Finnish). */
export function ministryText(value: string | null | undefined): LocalizedText | null {
  if (!value?.trim()) return null;
  const parts = value.split(/\s*,\s*/).filter(Boolean);
  const known = parts.map((p) => MINISTRIES[capitalised(p)]);
  if (known.some((k) => !k)) return { fi: value };
  return { fi: value, sv: known.map((k) => k!.sv).join(", "), en: known.map((k) => k!.en).join(", ") };
}

/** "Pääministeri Petteri Orpon hallituksen ohjelma 16.6.2023" → in every language, the date kept; anything else stays Finnish. */
export function programmeReferenceText(value: string | null | undefined): LocalizedText | null {
  if (!value?.trim()) return null;
  for (const [fi, names] of Object.entries(PROGRAMMES)) {
    if (value.startsWith(fi)) {
      const rest = value.slice(fi.length);
      return { fi: value, sv: `${names.sv}${rest}`, en: `${names.en}${rest}` };
    }
  }
  return { fi: value };
}

/** A Finnish-only free text (e.g. the consultation's title): shown as is, marked as Finnish on sv/en pages. */
export function finnishText(value: string | null | undefined): LocalizedText | null {
  return value?.trim() ? { fi: value } : null;
}
