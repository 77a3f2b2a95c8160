import type { LocalizedText } from "../schema/common";

/**
 * Demo detail for the source page's measures: milestones, progress updates
 * and indicators. Update dates are relative to the day the demo database is
 * created, so that some measures are freshly updated and some are stale
 * (older than 90 days) whenever the demo is started. The three indicators
 * are computed from the app's own (demo) EU projects, statements and network
 * roles; their targets are examples, not the city's (the descriptions say so).
 */
type Precision = "day" | "month";
export type SeedMilestone = { title: LocalizedText; due: [string, Precision]; state: "planned" | "in_progress" | "done" | "cancelled" };
/** `on` fixes the date (work that ended years ago); otherwise it is `daysAgo` days before the demo database is created. */
export type SeedUpdate = { daysAgo: number; on?: string; body: LocalizedText; visibility?: "public" | "internal" };

export const seedMilestones: Record<string, SeedMilestone[]> = {
  guidelines: [
    { title: { fi: "Luonnos kaupunginkanslian johtoryhmälle", sv: "Utkast till stadskansliets ledningsgrupp", en: "Draft to the City Executive Office's management team" }, due: ["2022-03-01", "month"], state: "done" },
    { title: { fi: "Kaupunginhallituksen käsittely", sv: "Behandling i stadsstyrelsen", en: "Decision by the City Board" }, due: ["2022-06-01", "month"], state: "done" },
  ],
  "eu-priorities": [
    { title: { fi: "Painopisteet hyväksytty", sv: "Prioriteringarna godkända", en: "Priorities approved" }, due: ["2022-05-01", "month"], state: "done" },
  ],
  networks: [
    { title: { fi: "Verkostokysely toimialoille", sv: "Nätverksenkät till sektorerna", en: "Network survey of the city divisions" }, due: ["2022-04-01", "month"], state: "done" },
    { title: { fi: "Kartoitusraportti ja suositukset", sv: "Kartläggningsrapport och rekommendationer", en: "Mapping report and recommendations" }, due: ["2022-12-01", "month"], state: "done" },
  ],
  "eu-funding": [
    { title: { fi: "EU-hankesalkun strateginen linjaus", sv: "Strategisk linje för EU-projektportföljen", en: "Strategic alignment of the EU project portfolio" }, due: ["2023-12-01", "month"], state: "done" },
    { title: { fi: "EU-varojen vastuullisen käytön ohje", sv: "Anvisning om ansvarsfull användning av EU-medel", en: "Guideline on the responsible use of EU funds" }, due: ["2025-06-01", "month"], state: "in_progress" },
  ],
  plans: [
    { title: { fi: "Viestintäsuunnitelmien luonnokset", sv: "Utkast till kommunikationsplanerna", en: "Drafts of the communication plans" }, due: ["2022-12-01", "month"], state: "done" },
    { title: { fi: "Suunnitelmat hyväksytty johtoryhmässä", sv: "Planerna godkända i ledningsgruppen", en: "Plans approved by the management team" }, due: ["2023-06-01", "month"], state: "in_progress" },
  ],
  "government-programme": [
    { title: { fi: "Hallitusohjelmatavoitteet hyväksytty", sv: "Målen för regeringsprogrammet godkända", en: "Government-programme goals approved" }, due: ["2022-12-01", "month"], state: "done" },
    { title: { fi: "Vaikuttaminen hallitusneuvotteluissa", sv: "Påverkan i regeringsförhandlingarna", en: "Influencing the government negotiations" }, due: ["2023-06-01", "month"], state: "done" },
  ],
  evaluation: [
    { title: { fi: "Arviointikysely johdolle ja asiantuntijoille", sv: "Utvärderingsenkät till ledningen och experterna", en: "Evaluation survey of management and experts" }, due: ["2025-09-01", "month"], state: "in_progress" },
  ],
};

export const seedUpdates: Record<string, SeedUpdate[]> = {
  guidelines: [
    {
      daysAgo: 12,
      on: "2022-05-16",
      body: {
        fi: "Linjausluonnosta on päivitetty Ukrainan sodan vaikutusten osalta, ja se on lausunnolla toimialoilla.",
        sv: "Utkastet till riktlinjer har uppdaterats med hänsyn till krigets i Ukraina följder och är på remiss hos sektorerna.",
        en: "The draft guidelines have been updated for the effects of the war in Ukraine and are out for comment with the city divisions.",
      },
    },
    {
      daysAgo: 140,
      on: "2022-03-21",
      body: {
        fi: "Johtoryhmä kävi läpi ensimmäisen luonnoksen.",
        sv: "Ledningsgruppen gick igenom det första utkastet.",
        en: "The management team reviewed the first draft.",
      },
    },
  ],
  networks: [
    {
      daysAgo: 200,
      on: "2022-06-09",
      body: {
        fi: "Verkostokyselyn vastaukset on saatu kaikilta toimialoilta; yhteensä 68 verkostoa.",
        sv: "Svaren på nätverksenkäten har kommit in från alla sektorer; sammanlagt 68 nätverk.",
        en: "The network survey has been answered by every city division: 68 networks in all.",
      },
    },
    {
      daysAgo: 210,
      on: "2022-05-30",
      visibility: "internal",
      body: { fi: "Sisäinen: kahden verkoston jäsenmaksut nousevat ensi vuonna, selvitetään jatko." },
    },
  ],
  "eu-funding": [
    {
      daysAgo: 30,
      body: {
        fi: "EU-hankesalkun kytkentä strategian painopisteisiin on kirjattu kaikille käynnissä oleville hankkeille.",
        sv: "EU-projektportföljens koppling till strategins prioriteringar har registrerats för alla pågående projekt.",
        en: "The link of the EU project portfolio to the strategy's priorities is now recorded for every ongoing project.",
      },
    },
  ],
  plans: [
    {
      daysAgo: 120,
      body: {
        fi: "Edunvalvonta- ja viestintäsuunnitelmat on laadittu neljälle painopisteelle.",
        sv: "Intressebevaknings- och kommunikationsplaner har utarbetats för fyra prioriteringar.",
        en: "Advocacy and communication plans have been drawn up for four priorities.",
      },
    },
  ],
};

export const seedIndicators = [
  {
    key: "eu-funding",
    title: { fi: "Kotiutettu EU-rahoitus vuodessa", sv: "Hemtagen EU-finansiering per år", en: "EU funding secured per year" },
    description: {
      fi: "Helsingin kaupungin hankkeisiin myönnetty EU-rahoitus hankkeen alkamisvuoden mukaan, laskettuna palvelun EU-hankkeista. Tavoitearvot ovat esimerkkejä.",
      sv: "EU-finansiering som beviljats Helsingfors stads projekt enligt projektets startår, beräknad ur tjänstens EU-projekt. Målvärdena är exempel.",
      en: "EU funding granted to the City of Helsinki's projects by the year the project starts, computed from this service's EU projects. The targets are examples.",
    },
    unit: { fi: "euroa", sv: "euro", en: "euros" },
    computation: "euSecuredPerYear",
    targets: [["2021-12-31", "40000000"], ["2022-12-31", "45000000"], ["2023-12-31", "50000000"], ["2024-12-31", "55000000"], ["2025-12-31", "60000000"]],
    measures: ["eu-funding"],
    priorities: ["recovery", "digital", "climate", "innovation"],
    unitCode: "ELKE",
  },
  {
    key: "statements",
    title: { fi: "Ministeriöille annetut lausunnot", sv: "Utlåtanden till ministerierna", en: "Statements given to ministries" },
    description: {
      fi: "Kaupungin lausunnot ministeriöiden lausuntopyyntöihin vuodessa, laskettuna palvelun edunvalvontatiedoista. Tavoitearvot ovat esimerkkejä.",
      sv: "Stadens utlåtanden på ministeriernas remisser per år, beräknade ur tjänstens intressebevakningsuppgifter. Målvärdena är exempel.",
      en: "The city's statements on ministries' consultations per year, computed from this service's advocacy records. The targets are examples.",
    },
    unit: { fi: "kpl", sv: "st.", en: "statements" },
    computation: "statementsPerYear",
    targets: [["2022-12-31", "50"], ["2023-12-31", "60"], ["2024-12-31", "60"], ["2025-12-31", "60"]],
    measures: ["plans"],
    priorities: ["labour", "employment", "financing", "education"],
    unitCode: "STRA",
  },
  {
    key: "lead-networks",
    title: { fi: "Verkostot, joissa Helsingillä on rooli", sv: "Nätverk där Helsingfors har en roll", en: "Networks in which Helsinki holds a role" },
    description: {
      fi: "Kansainväliset verkostot, joissa Helsingillä on rooli (esimerkiksi puheenjohtaja, hallituksen jäsen tai työryhmän vetäjä) vuoden aikana, laskettuna palvelun verkostotiedoista. Tavoitearvo on esimerkki.",
      sv: "Internationella nätverk där Helsingfors har en roll (till exempel ordförande, styrelsemedlem eller ledare för en arbetsgrupp) under året, beräknade ur tjänstens nätverksuppgifter. Målvärdet är ett exempel.",
      en: "International networks in which Helsinki holds a role during the year (e.g. chair, board member or lead of a working group), computed from this service's network records. The target is an example.",
    },
    unit: { fi: "verkostoa", sv: "nätverk", en: "networks" },
    computation: "networksWithRole",
    targets: [["2025-12-31", "10"]],
    measures: ["networks"],
    priorities: ["recovery", "services", "digital", "climate", "innovation"],
    unitCode: "KANS",
  },
] as const;
