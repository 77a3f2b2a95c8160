import type { LocalizedText } from "../schema/common";

/**
 * A fictional but realistic demo portfolio of Helsinki's EU projects, marked
 * as demo (isDemo, external ids "DEMO-…"). Amounts in euros as text (parsed
 * exactly); report and audit dates are days relative to the seeding day, so
 * that some reports are always overdue and some deadlines upcoming.
 */
export type DemoProject = {
  externalId: string;
  acronym: string;
  name: LocalizedText;
  summary?: LocalizedText;
  programme: string;
  call?: string;
  status: "idea" | "preparation" | "submitted" | "granted" | "rejected" | "ongoing" | "closed";
  role: "coordinator" | "partner";
  total: string;
  eu: string;
  state?: string;
  own?: string;
  start?: string;
  end?: string;
  unit: "KANS" | "ELKE" | "STRA";
  contactEditor?: boolean;
  risk?: "low" | "medium" | "high";
  cordisId?: string;
  kohesioCode?: string;
  decisionNumber?: string;
  notes?: string;
  published?: boolean;
  align: [string, 0 | 1 | 2 | 3, string][];
  partners?: [string, string, string][];
  reports?: { title: string; due: number; submitted?: number }[];
  audits?: { auditor: string; ago: number; findings: string; status: "open" | "in_progress" | "closed"; followUpDue?: number }[];
};

export const demoProjects: DemoProject[] = [
  {
    externalId: "DEMO-HE-0001",
    acronym: "NEUTRALHEL",
    name: { fi: "Ilmastoneutraali Helsinki: kaupunginosien energiapilotit", sv: "Klimatneutrala Helsingfors: energipiloter i stadsdelarna", en: "Climate-neutral Helsinki: district energy pilots" },
    summary: { fi: "Kolmessa kaupunginosassa kokeillaan hukkalämmön ja aurinkoenergian yhteiskäyttöä.", sv: "I tre stadsdelar prövas gemensam användning av spillvärme och solenergi.", en: "Three districts pilot the shared use of waste heat and solar energy." },
    programme: "HORIZON",
    call: "HORIZON-MISS-2022-CIT-01",
    status: "ongoing",
    role: "partner",
    total: "12 400 000",
    eu: "1 180 000",
    start: "2023-01-01",
    end: "2027-06-30",
    unit: "ELKE",
    cordisId: "DEMO-101096911",
    decisionNumber: "Kaj 12.12.2022 § 845",
    published: true,
    align: [
      ["climate", 3, "Suoraan päästövähennyksiin: kaukolämmön hukkalämpö ja paikallinen aurinkosähkö."],
      ["innovation", 2, "Yritykset ja korkeakoulut kehittävät ratkaisuja yhdessä kaupungin kanssa."],
    ],
    partners: [
      ["Ajuntament de Barcelona", "ES", "coordinator"],
      ["Gemeente Amsterdam", "NL", "partner"],
      ["Teknologian tutkimuskeskus VTT Oy", "FI", "partner"],
    ],
    reports: [
      { title: "Periodic report 1 (M1–M18)", due: -420, submitted: -425 },
      { title: "Periodic report 2 (M19–M36)", due: 45 },
    ],
  },
  {
    externalId: "DEMO-ERDF-0002",
    acronym: "REBOOST",
    name: { fi: "Yritysalustojen elvytysohjelma", sv: "Återhämtningsprogram för företagsplattformar", en: "Business platforms recovery programme" },
    programme: "ERDF",
    call: "Uudistuva ja osaava Suomi 2021–2027, haku 2/2022",
    status: "ongoing",
    role: "coordinator",
    total: "2 150 000",
    eu: "860 000",
    state: "215 000",
    own: "1 075 000",
    start: "2023-03-01",
    end: "2026-12-31",
    unit: "ELKE",
    risk: "medium",
    kohesioCode: "DEMO-A80112",
    decisionNumber: "Kaj 6.2.2023 § 98",
    notes: "Maksatushakemus 3 myöhässä: kirjanpidon tositteet puuttuvat kahdelta alihankkijalta.",
    published: true,
    align: [
      ["recovery", 3, "Tukee pk-yritysten elpymistä koronakriisin jälkeen."],
      ["innovation", 2, "Kokoaa yrityspalvelut ja tutkimuslaitokset samalle alustalle."],
    ],
    partners: [["Helsingin kaupunki", "FI", "coordinator"]],
    reports: [
      { title: "Maksatushakemus 2", due: -210, submitted: -215 },
      { title: "Maksatushakemus 3", due: -25 },
    ],
    audits: [
      {
        auditor: "Hallintoviranomainen (paikan päällä)",
        ago: 90,
        findings: "Hankintojen dokumentoinnissa puutteita: kilpailutusmuistio puuttui yhdestä hankinnasta.",
        status: "in_progress",
        followUpDue: -5,
      },
    ],
  },
  {
    externalId: "DEMO-ESF-0003",
    acronym: "TALENT2WORK",
    name: { fi: "Osaajat töihin pääkaupunkiseudulla", sv: "Kompetens till arbete i huvudstadsregionen", en: "Talent to work in the capital region" },
    programme: "ESF+",
    status: "ongoing",
    role: "coordinator",
    total: "1 600 000",
    eu: "640 000",
    state: "160 000",
    own: "800 000",
    start: "2023-09-01",
    end: "2027-08-31",
    unit: "STRA",
    kohesioCode: "DEMO-S30455",
    published: true,
    align: [
      ["labour", 3, "Kansainvälisten osaajien rekrytointi pulatoimialoille."],
      ["employment", 3, "Työnhakijoiden polut suoraan työnantajille."],
    ],
    partners: [["Espoon kaupunki", "FI", "partner"], ["Vantaan kaupunki", "FI", "partner"]],
    reports: [{ title: "Maksatushakemus 5", due: 12 }],
  },
  {
    externalId: "DEMO-IE-0004",
    acronym: "CIRCPROC",
    name: { fi: "Kiertotalouden julkiset hankinnat", sv: "Offentlig upphandling för cirkulär ekonomi", en: "Circular public procurement" },
    programme: "INTERREG-EUROPE",
    status: "granted",
    role: "partner",
    total: "1 950 000",
    eu: "198 000",
    own: "49 500",
    start: "2027-01-01",
    end: "2030-12-31",
    unit: "KANS",
    contactEditor: true,
    published: true,
    align: [
      ["climate", 2, "Hankintojen kiertotalouskriteerit vähentävät kulutusperäisiä päästöjä."],
      ["services", 1, "Hankintaosaaminen kehittää palvelujen tuottamista."],
    ],
    partners: [["Región de Murcia", "ES", "coordinator"], ["Miasto Gdańsk", "PL", "partner"], ["Comune di Bologna", "IT", "partner"]],
  },
  {
    externalId: "DEMO-BSR-0005",
    acronym: "SMARTPORTS",
    name: { fi: "Itämeren älykkäät satamakaupungit", sv: "Smarta hamnstäder i Östersjön", en: "Smart port cities of the Baltic Sea" },
    programme: "INTERREG-BSR",
    status: "closed",
    role: "partner",
    total: "3 200 000",
    eu: "240 000",
    own: "60 000",
    start: "2021-10-01",
    end: "2024-09-30",
    unit: "ELKE",
    published: true,
    align: [
      ["digital", 2, "Satamaliikenteen tiedon avaaminen ja yhteiset rajapinnat."],
      ["climate", 1, "Laivojen maasähkön suunnittelu."],
    ],
    partners: [["Tallinna Linnavalitsus", "EE", "partner"], ["Port of Gdynia Authority", "PL", "coordinator"]],
    reports: [{ title: "Final report", due: -600, submitted: -605 }],
    audits: [{ auditor: "First level control (FLC)", ago: 700, findings: "Ei huomautettavaa.", status: "closed" }],
  },
  {
    externalId: "DEMO-CB-0006",
    acronym: "TALLHELS",
    name: { fi: "Helsinki–Tallinna-osaajakäytävä", sv: "Kompetenskorridoren Helsingfors–Tallinn", en: "Helsinki–Tallinn talent corridor" },
    programme: "INTERREG-CB",
    status: "submitted",
    role: "coordinator",
    total: "1 400 000",
    eu: "504 000",
    own: "126 000",
    start: "2027-03-01",
    end: "2029-02-28",
    unit: "KANS",
    contactEditor: true,
    align: [
      ["labour", 2, "Työvoiman liikkuvuus kaksoiskaupunkialueella."],
      ["innovation", 1, "Startup-yhteistyö."],
    ],
    partners: [["Tallinna Linnavalitsus", "EE", "partner"]],
  },
  {
    externalId: "DEMO-LIFE-0007",
    acronym: "LIFE-RAIN",
    name: { fi: "Hulevesien luontopohjaiset ratkaisut", sv: "Naturbaserade lösningar för dagvatten", en: "Nature-based solutions for stormwater" },
    programme: "LIFE",
    status: "ongoing",
    role: "coordinator",
    total: "4 800 000",
    eu: "2 880 000",
    own: "1 920 000",
    start: "2022-09-01",
    end: "2027-08-31",
    unit: "STRA",
    risk: "high",
    cordisId: "DEMO-LIFE21-CCA-FI",
    notes: "Komission tarkastuksen havainto henkilöstökuluista: korjaava suunnitelma kesken.",
    published: true,
    align: [["climate", 1, "Pääosin ilmastonmuutokseen sopeutumista; hillintää tukevat vain viherrakenteiden hiilinielut."]],
    partners: [["Suomen ympäristökeskus", "FI", "partner"], ["Aalto-yliopisto", "FI", "partner"]],
    reports: [{ title: "Mid-term report", due: 75 }],
    audits: [
      {
        auditor: "Euroopan komissio (CINEA)",
        ago: 60,
        findings: "Henkilöstökulujen tuntikirjanpito puutteellinen kahdelta kuukaudelta.",
        status: "open",
        followUpDue: 30,
      },
    ],
  },
  {
    externalId: "DEMO-CEF-0008",
    acronym: "CHARGEHEL",
    name: { fi: "Sähköisen liikenteen latausverkko", sv: "Laddningsnät för elektrisk trafik", en: "Electric mobility charging network" },
    programme: "CEF",
    status: "rejected",
    role: "coordinator",
    total: "6 000 000",
    eu: "1 800 000",
    own: "4 200 000",
    unit: "ELKE",
    align: [
      ["climate", 2, "Liikenteen päästövähennykset."],
      ["recovery", 1, "Infrastruktuuri-investointi."],
    ],
  },
  {
    externalId: "DEMO-DEP-0009",
    acronym: "HELTWIN",
    name: { fi: "Kaupunkidatan digitaalinen kaksonen", sv: "Digital tvilling av stadens data", en: "Digital twin of city data" },
    summary: { fi: "Kaupungin avoimesta datasta rakennetaan digitaalinen kaksonen palvelujen suunnitteluun.", sv: "En digital tvilling byggs av stadens öppna data för planering av tjänster.", en: "A digital twin built from the city's open data for planning services." },
    programme: "DIGITAL",
    call: "DIGITAL-2022-CLOUD-AI-03",
    status: "ongoing",
    role: "partner",
    total: "8 500 000",
    eu: "620 000",
    own: "620 000",
    start: "2023-05-01",
    end: "2026-12-31",
    unit: "KANS",
    contactEditor: true,
    cordisId: "DEMO-101100842",
    published: true,
    align: [
      ["digital", 3, "Kaupungin tietovarannot yhteen palvelujen suunnittelun tueksi."],
      ["services", 2, "Palveluverkon suunnittelu perustuu ajantasaiseen dataan."],
    ],
    partners: [["Stad Antwerpen", "BE", "coordinator"], ["Ville de Lyon", "FR", "partner"]],
    reports: [{ title: "Periodic report 1", due: 20 }],
  },
  {
    externalId: "DEMO-ERA-0010",
    acronym: "MOVEVET",
    name: { fi: "Ammatillisen koulutuksen liikkuvuus", sv: "Rörlighet inom yrkesutbildningen", en: "Mobility in vocational education" },
    programme: "ERASMUS+",
    status: "closed",
    role: "coordinator",
    total: "310 000",
    eu: "310 000",
    start: "2022-06-01",
    end: "2024-05-31",
    unit: "STRA",
    published: true,
    align: [["education", 3, "Ammatillisen koulutuksen opiskelijoiden ja opettajien liikkuvuus pulatoimialoilla."]],
  },
  {
    externalId: "DEMO-CREA-0011",
    acronym: "LIBCREATE",
    name: { fi: "Kirjastot luovan talouden alustoina", sv: "Bibliotek som plattformar för den kreativa ekonomin", en: "Libraries as platforms for the creative economy" },
    programme: "CREATIVE",
    status: "granted",
    role: "partner",
    total: "1 900 000",
    eu: "120 000",
    own: "80 000",
    start: "2027-02-01",
    end: "2029-01-31",
    unit: "KANS",
    published: true,
    align: [
      ["services", 1, "Kirjastopalvelujen kehittäminen."],
      ["recovery", 1, "Luovien alojen elpyminen."],
    ],
    partners: [["Aarhus Kommune", "DK", "coordinator"]],
  },
  {
    externalId: "DEMO-CERV-0012",
    acronym: "YOUTHVOICE",
    name: { fi: "Nuorten osallisuus kaupunkipäätöksenteossa", sv: "Ungas delaktighet i stadens beslutsfattande", en: "Youth participation in city decision-making" },
    programme: "CERV",
    status: "rejected",
    role: "coordinator",
    total: "450 000",
    eu: "405 000",
    own: "45 000",
    unit: "KANS",
    align: [["services", 1, "Osallisuus palvelujen kehittämisessä."]],
  },
  {
    externalId: "DEMO-AMIF-0013",
    acronym: "FASTTRACK",
    name: { fi: "Kotoutumisen nopeat polut", sv: "Snabba vägar till integration", en: "Fast tracks to integration" },
    programme: "AMIF",
    status: "ongoing",
    role: "coordinator",
    total: "2 400 000",
    eu: "1 800 000",
    own: "600 000",
    start: "2023-01-01",
    end: "2026-12-31",
    unit: "STRA",
    risk: "medium",
    published: true,
    align: [
      ["employment", 3, "Maahan muuttaneiden työllistyminen nopeutuu."],
      ["labour", 2, "Osaajien saatavuus."],
    ],
    reports: [{ title: "Väliraportti 2025", due: -10 }],
  },
  {
    externalId: "DEMO-EU4H-0014",
    acronym: "REMOREHAB",
    name: { fi: "Digitaalinen etäkuntoutus", sv: "Digital distansrehabilitering", en: "Digital remote rehabilitation" },
    programme: "EU4HEALTH",
    status: "preparation",
    role: "partner",
    total: "3 000 000",
    eu: "360 000",
    own: "90 000",
    unit: "KANS",
    contactEditor: true,
    align: [
      ["services", 2, "Sosiaali- ja terveyspalvelujen digitaaliset palvelut."],
      ["digital", 2, "Etäpalvelualusta."],
    ],
  },
  {
    externalId: "DEMO-EUI-0015",
    acronym: "EASTHOME",
    name: { fi: "Innovatiiviset asumisratkaisut Itä-Helsingissä", sv: "Innovativa boendelösningar i östra Helsingfors", en: "Innovative housing solutions in East Helsinki" },
    programme: "EUI",
    call: "EUI-IA-03",
    status: "submitted",
    role: "coordinator",
    total: "5 000 000",
    eu: "4 000 000",
    own: "1 000 000",
    start: "2027-01-01",
    end: "2030-06-30",
    unit: "ELKE",
    align: [
      ["services", 2, "Asumisen ja lähipalvelujen yhdistäminen."],
      ["innovation", 2, "Uudet rakentamisen ja asumisen ratkaisut yhdessä yritysten kanssa."],
    ],
  },
  {
    externalId: "DEMO-RRF-0016",
    acronym: "RRF-GREEN",
    name: { fi: "Kestävän kasvun ohjelma: vihreä siirtymä", sv: "Programmet för hållbar tillväxt: grön omställning", en: "Sustainable growth programme: green transition" },
    programme: "RRF",
    status: "ongoing",
    role: "coordinator",
    total: "4 000 000",
    eu: "2 400 000",
    own: "1 600 000",
    start: "2022-04-01",
    end: "2026-12-31",
    unit: "ELKE",
    decisionNumber: "Kaj 21.3.2022 § 211",
    published: true,
    align: [
      ["recovery", 3, "Elpymisvälineen tavoitteiden mukainen vihreä kasvu."],
      ["climate", 2, "Energiatehokkuusinvestoinnit."],
    ],
  },
  {
    externalId: "DEMO-ESF-0017",
    acronym: "DIGISKILLS",
    name: { fi: "Digitaidot kaikille", sv: "Digitala färdigheter för alla", en: "Digital skills for everyone" },
    programme: "ESF+",
    status: "granted",
    role: "coordinator",
    total: "950 000",
    eu: "380 000",
    state: "95 000",
    own: "475 000",
    start: "2027-01-01",
    end: "2028-12-31",
    unit: "KANS",
    notes: "Strategiakytkentä kirjaamatta.",
    align: [],
  },
  {
    externalId: "DEMO-HE-0018",
    acronym: "AICITY",
    name: { fi: "Tekoälyavusteiset kaupunkipalvelut", sv: "AI-stödda stadstjänster", en: "AI-assisted city services" },
    programme: "HORIZON",
    status: "idea",
    role: "partner",
    total: "7 000 000",
    eu: "700 000",
    unit: "KANS",
    align: [],
  },
];

/** Plausible lifecycle dates for a demo project's status history (days relative to its start). */
export function demoStatusHistory(p: DemoProject, today: Date): { status: DemoProject["status"]; on: string }[] {
  const day = (iso: string | undefined, offset: number) => {
    const base = iso ? new Date(`${iso}T00:00:00Z`) : new Date(Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate()));
    const d = new Date(base.getTime() + offset * 86_400_000);
    const todayUtc = Date.UTC(today.getUTCFullYear(), today.getUTCMonth(), today.getUTCDate());
    return new Date(Math.min(d.getTime(), todayUtc)).toISOString().slice(0, 10);
  };
  const s = p.start;
  const steps: Record<DemoProject["status"], [DemoProject["status"], number][]> = {
    idea: [["idea", -30]],
    preparation: [["idea", -120], ["preparation", -60]],
    submitted: [["idea", -400], ["preparation", -300], ["submitted", -200]],
    granted: [["idea", -400], ["preparation", -300], ["submitted", -200], ["granted", -60]],
    rejected: [["idea", -300], ["preparation", -240], ["submitted", -150], ["rejected", -40]],
    ongoing: [["idea", -500], ["preparation", -400], ["submitted", -300], ["granted", -120], ["ongoing", 0]],
    closed: [["idea", -500], ["preparation", -400], ["submitted", -300], ["granted", -120], ["ongoing", 0]],
  };
  const out = steps[p.status].map(([status, offset]) => ({ status, on: day(s, offset) }));
  if (p.status === "closed") out.push({ status: "closed", on: day(p.end, 30) });
  return out;
}
