import type { LocalizedText } from "../schema/common";

/**
 * The city's international networks as demo data. Names, types, roles and
 * the broad story are realistic; fees, staff time, dates, scores and
 * decisions are DEMO VALUES, not the city's actual figures.
 */
type Status = "candidate" | "member" | "observer" | "leaving" | "left";
type Rec = "keep" | "leave" | "join" | "re_evaluate";

export type SeedNetwork = {
  key: string;
  name: LocalizedText;
  description: LocalizedText;
  type: "city_network" | "eu_network" | "global_network" | "bilateral" | "other";
  website?: string;
  country?: string;
  history: [Status, string, string?][];
  feeCents?: number;
  currency?: string;
  staffDays?: string;
  unit: string;
  priorities: string[];
  roles?: { title: LocalizedText; start?: string; end?: string }[];
  decision?: { number: string; date: string };
  contactEditor?: boolean;
  notes?: string;
  participation?: { on: string; kind: "meeting" | "conference" | "working_group" | "project" | "outcome" | "other"; title: string; participants?: string; outcome?: string }[];
  /** The 2022 mapping: two reviewers' [fit, benefit, cost, recommendation, justification] and the decision. */
  review2022?: { scores: [number, number, number, Rec, string][]; decision: Rec; note?: string };
};

const demoNote = "Jäsenmaksu ja henkilötyöpäivät ovat esimerkkiarvoja (demo).";

export const seedNetworkList: SeedNetwork[] = [
  {
    key: "eurocities",
    name: { fi: "Eurocities", sv: "Eurocities", en: "Eurocities" },
    description: {
      fi: "Eurooppalaisten suurkaupunkien verkosto, joka vaikuttaa EU:n kaupunkipolitiikkaan.",
      sv: "Nätverk för Europas storstäder som påverkar EU:s urbana politik.",
      en: "The network of major European cities influencing EU urban policy.",
    },
    type: "city_network",
    website: "https://eurocities.eu/",
    country: "BE",
    history: [["member", "1992-05-01"]],
    feeCents: 3_250_000,
    staffDays: "60.0",
    unit: "KANS",
    priorities: ["recovery", "services", "digital", "climate"],
    roles: [
      { title: { fi: "Hallituksen (Executive Committee) jäsen", sv: "Medlem av styrelsen (Executive Committee)", en: "Member of the Executive Committee" }, start: "2020-11-01", end: "2022-11-30" },
      { title: { fi: "Tietoyhteiskuntafoorumin puheenjohtaja", sv: "Ordförande för forumet för kunskapssamhället", en: "Chair of the Knowledge Society Forum" }, start: "2021-01-01" },
    ],
    decision: { number: "Kj 1992/§ 512", date: "1992-04-27" },
    contactEditor: true,
    notes: `${demoNote} Hallituspaikan jatko arvioidaan 2025.`,
    participation: [
      { on: "2022-06-08", kind: "conference", title: "Eurocities 2022 -vuosikonferenssi", participants: "Pormestari, kansainvälisten asioiden päällikkö", outcome: "Helsinki esitteli elpymisen ja digitalisaation kokemuksiaan; kaksi uutta yhteistyökontaktia." },
      { on: "2022-03-22", kind: "working_group", title: "Tietoyhteiskuntafoorumin kevätkokous", participants: "Digitalisaatioyksikkö", outcome: "Yhteinen kannanotto EU:n datasäädökseen valmisteltiin." },
      { on: "2021-10-01", kind: "project", title: "CitiVerse-hanke käynnistyi verkoston kautta", participants: "Kaupunginkanslia", outcome: "Horizon-hakemus jätettiin." },
    ],
    review2022: {
      scores: [
        [5, 5, 4, "keep", "Keskeinen EU-vaikuttamisen kanava; Helsinki on näkyvässä roolissa."],
        [5, 4, 4, "keep", "Hyöty selvä kaikille EU-painopisteille."],
      ],
      decision: "keep",
    },
  },
  {
    key: "ubc",
    name: { fi: "Itämeren kaupunkien liitto (UBC)", sv: "Unionen av Östersjöstäder (UBC)", en: "Union of the Baltic Cities (UBC)" },
    description: {
      fi: "Itämeren alueen kaupunkien yhteistyöverkosto.",
      sv: "Samarbetsnätverk för städerna kring Östersjön.",
      en: "The cooperation network of cities around the Baltic Sea.",
    },
    type: "city_network",
    website: "https://www.ubc.net/",
    country: "PL",
    history: [["member", "1991-09-20"]],
    feeCents: 980_000,
    staffDays: "25.0",
    unit: "KANS",
    priorities: ["climate", "innovation", "services"],
    roles: [{ title: { fi: "Kestävät kaupungit -komission jäsen", sv: "Medlem av kommissionen för hållbara städer", en: "Member of the Sustainable Cities Commission" }, start: "2020-01-01" }],
    notes: demoNote,
    participation: [{ on: "2021-10-27", kind: "conference", title: "UBC:n XVI yleiskokous", participants: "Kansainväliset asiat", outcome: "Itämeren kaupunkien ilmastolinjaus hyväksyttiin." }],
    review2022: {
      scores: [
        [4, 3, 3, "keep", "Itämeriyhteistyö tärkeää, mutta hyöty osin päällekkäinen Eurocitiesin kanssa."],
        [3, 3, 3, "re_evaluate", "Arvioitava uudelleen 2024, kun toimikuntarakenne uudistuu."],
      ],
      decision: "keep",
      note: "Jäsenyys jatkuu; osallistuminen keskitetään ilmasto- ja innovaatiotyöhön.",
    },
  },
  {
    key: "iclei",
    name: { fi: "ICLEI – Local Governments for Sustainability", sv: "ICLEI – Local Governments for Sustainability", en: "ICLEI – Local Governments for Sustainability" },
    description: { fi: "Kestävän kehityksen paikallishallintojen maailmanlaajuinen verkosto.", sv: "Globalt nätverk för lokala myndigheter för hållbar utveckling.", en: "The global network of local governments for sustainability." },
    type: "global_network",
    website: "https://iclei.org/",
    country: "DE",
    history: [["member", "2010-02-01"]],
    feeCents: 850_000,
    staffDays: "12.0",
    unit: "ELKE",
    priorities: ["climate"],
    notes: demoNote,
    review2022: {
      scores: [
        [4, 4, 4, "keep", "Ilmastotyön vertaistieto ja näkyvyys YK-prosesseissa."],
        [4, 3, 4, "keep", "Kohtuullinen kustannus suhteessa hyötyyn."],
      ],
      decision: "keep",
    },
  },
  {
    key: "covenant",
    name: { fi: "Kaupunginjohtajien ilmasto- ja energiasopimus", sv: "Borgmästaravtalet för klimat och energi", en: "Covenant of Mayors for Climate & Energy" },
    description: { fi: "EU:n aloite, jossa kaupungit sitoutuvat ilmastotavoitteisiin.", sv: "EU-initiativ där städer förbinder sig till klimatmål.", en: "The EU initiative in which cities commit to climate targets." },
    type: "eu_network",
    website: "https://eu-mayors.ec.europa.eu/",
    country: "BE",
    history: [["member", "2008-12-01"]],
    staffDays: "10.0",
    unit: "ELKE",
    priorities: ["climate"],
    decision: { number: "Kvsto 2008/§ 231", date: "2008-11-26" },
    notes: "Ei jäsenmaksua. Raportointi kahden vuoden välein.",
    review2022: {
      scores: [
        [5, 3, 5, "keep", "Ei maksua; sitoumus tukee hiilineutraaliustavoitetta."],
        [4, 3, 5, "keep", "Raportointi on kevyt."],
      ],
      decision: "keep",
    },
  },
  {
    key: "ccdr",
    name: { fi: "Cities Coalition for Digital Rights", sv: "Cities Coalition for Digital Rights", en: "Cities Coalition for Digital Rights" },
    description: { fi: "Kaupunkien liittouma digitaalisten oikeuksien puolesta.", sv: "Städernas koalition för digitala rättigheter.", en: "Cities standing up for digital rights." },
    type: "global_network",
    website: "https://citiesfordigitalrights.org/",
    country: "ES",
    history: [["member", "2018-11-15"]],
    staffDays: "6.0",
    unit: "KANS",
    priorities: ["digital"],
    roles: [{ title: { fi: "Tekoälyn etiikan työryhmän vetäjä", sv: "Ledare för arbetsgruppen för AI-etik", en: "Lead of the AI ethics working group" }, start: "2021-05-01", end: "2023-04-30" }],
    notes: "Ei jäsenmaksua.",
    review2022: {
      scores: [
        [4, 4, 5, "keep", "Tukee digitalisaatiopainopistettä, Helsinki vaikuttaa tekoälyn etiikkaan."],
        [4, 4, 4, "keep", "Kustannus vähäinen."],
      ],
      decision: "keep",
    },
  },
  {
    key: "oasc",
    name: { fi: "Open & Agile Smart Cities (OASC)", sv: "Open & Agile Smart Cities (OASC)", en: "Open & Agile Smart Cities (OASC)" },
    description: { fi: "Älykaupunkien avointen rajapintojen ja standardien verkosto.", sv: "Nätverk för smarta städers öppna gränssnitt och standarder.", en: "The network for smart cities' open interfaces and standards." },
    type: "global_network",
    website: "https://oascities.org/",
    country: "BE",
    history: [["member", "2016-01-20"]],
    feeCents: 500_000,
    staffDays: "8.0",
    unit: "ELKE",
    priorities: ["digital", "innovation"],
    notes: demoNote,
    review2022: {
      scores: [
        [3, 2, 2, "re_evaluate", "Hyöty jäänyt vähäiseksi; päällekkäisyyttä muiden verkostojen kanssa."],
        [3, 2, 3, "leave", "Standardointityö etenee muutenkin EU:n kautta."],
      ],
      decision: "re_evaluate",
      note: "Arvioidaan uudelleen 2024 rajapintastandardien käytön perusteella.",
    },
  },
  {
    key: "mce",
    name: { fi: "Major Cities of Europe (MCE)", sv: "Major Cities of Europe (MCE)", en: "Major Cities of Europe (MCE)" },
    description: { fi: "Eurooppalaisten kaupunkien tietohallintojen verkosto.", sv: "Nätverk för europeiska städers IT-förvaltningar.", en: "The network of European cities' IT administrations." },
    type: "city_network",
    website: "https://www.majorcities.eu/",
    country: "DE",
    history: [
      ["member", "2005-03-01"],
      ["leaving", "2022-12-14", "Verkostokartoitus 2022: päätös erota"],
      ["left", "2023-12-31", "Jäsenyys päättyi"],
    ],
    feeCents: 420_000,
    staffDays: "4.0",
    unit: "ELKE",
    priorities: ["digital"],
    notes: demoNote,
    review2022: {
      scores: [
        [2, 2, 2, "leave", "Hyöty vähäinen; samat asiat käsitellään Eurocitiesissä."],
        [2, 1, 2, "leave", "Ei yhteyttä strategian painopisteisiin."],
      ],
      decision: "leave",
      note: "Erotaan vuoden 2023 lopussa.",
    },
  },
  {
    key: "baltmet",
    name: { fi: "Baltic Metropoles (BaltMet)", sv: "Baltic Metropoles (BaltMet)", en: "Baltic Metropoles (BaltMet)" },
    description: { fi: "Itämeren pääkaupunkien ja metropolien verkosto.", sv: "Nätverk för Östersjöns huvudstäder och metropoler.", en: "The network of Baltic Sea capitals and metropolises." },
    type: "city_network",
    website: "https://www.baltmet.org/",
    country: "FI",
    history: [["member", "2000-06-01"]],
    feeCents: 300_000,
    staffDays: "5.0",
    unit: "KANS",
    priorities: ["innovation", "labour"],
    notes: demoNote,
    review2022: {
      scores: [
        [3, 3, 4, "keep", "Osaajien houkuttelu ja innovaatiot Itämeren metropoleissa."],
        [3, 3, 3, "keep", "Kohtuullinen hyöty."],
      ],
      decision: "keep",
    },
  },
  {
    key: "nordic",
    name: { fi: "Pohjoismaiden pääkaupunkien yhteistyö", sv: "De nordiska huvudstädernas samarbete", en: "Nordic capitals cooperation" },
    description: { fi: "Pohjoismaiden pääkaupunkien säännöllinen yhteistyö ja pormestaritapaamiset.", sv: "Regelbundet samarbete och borgmästarmöten mellan de nordiska huvudstäderna.", en: "Regular cooperation and mayors' meetings of the Nordic capitals." },
    type: "city_network",
    history: [["member", "1995-01-01"]],
    feeCents: 2_500_000,
    currency: "SEK",
    staffDays: "7.5",
    unit: "KANS",
    priorities: ["services", "climate", "labour"],
    roles: [{ title: { fi: "Puheenjohtajakaupunki", sv: "Ordförandestad", en: "Chairing city" }, start: "2022-01-01", end: "2022-12-31" }],
    notes: "Yhteisten kulujen osuus laskutetaan Ruotsin kruunuina (demo).",
    review2022: {
      scores: [
        [4, 4, 4, "keep", "Vertaistieto palveluista ja ilmastotyöstä."],
        [4, 4, 5, "keep", "Pieni kustannus."],
      ],
      decision: "keep",
    },
  },
  {
    key: "tallinn",
    name: { fi: "Tallinna", sv: "Tallinn", en: "Tallinn" },
    description: { fi: "Kumppanikaupunki: liikenne, työssäkäynti ja Talsinki-yhteistyö.", sv: "Partnerstad: trafik, arbetspendling och Talsinki-samarbetet.", en: "Partner city: transport, commuting and the Talsinki cooperation." },
    type: "bilateral",
    country: "EE",
    history: [["member", "1993-04-01"]],
    staffDays: "10.0",
    unit: "KANS",
    priorities: ["recovery", "labour", "employment"],
    roles: [{ title: { fi: "Talsinki-ohjausryhmän toinen puheenjohtaja", sv: "Vice ordförande för Talsinki-styrgruppen", en: "Co-chair of the Talsinki steering group" }, start: "2019-01-01" }],
    contactEditor: true,
    participation: [{ on: "2022-09-14", kind: "meeting", title: "Pormestaritapaaminen Tallinnassa", participants: "Pormestari, apulaispormestari", outcome: "Sovittiin yhteisestä työvoiman liikkuvuuden selvityksestä." }],
    review2022: {
      scores: [
        [5, 5, 5, "keep", "Tärkein kahdenvälinen kumppani."],
        [5, 4, 5, "keep", "Suora hyöty työssäkäyntialueelle."],
      ],
      decision: "keep",
    },
  },
  {
    key: "stpetersburg",
    name: { fi: "Pietari", sv: "S:t Petersburg", en: "St Petersburg" },
    description: { fi: "Entinen kumppanikaupunki; yhteistyö keskeytettiin maaliskuussa 2022.", sv: "Tidigare partnerstad; samarbetet avbröts i mars 2022.", en: "Former partner city; cooperation was suspended in March 2022." },
    type: "bilateral",
    country: "RU",
    history: [
      ["member", "1997-06-01"],
      ["leaving", "2022-03-02", "Yhteistyö keskeytetty Venäjän hyökättyä Ukrainaan"],
      ["left", "2022-12-14", "Verkostokartoitus 2022: yhteistyösopimus päättyy"],
    ],
    unit: "KANS",
    priorities: [],
    review2022: {
      scores: [
        [1, 1, 3, "leave", "Yhteistyö ei ole mahdollista nykytilanteessa."],
        [1, 1, 3, "leave", "Sopimus päätetään."],
      ],
      decision: "leave",
    },
  },
  {
    key: "beijing",
    name: { fi: "Peking", sv: "Peking", en: "Beijing" },
    description: { fi: "Kumppanikaupunki: talous-, koulutus- ja kulttuuriyhteistyö.", sv: "Partnerstad: ekonomiskt, utbildnings- och kultursamarbete.", en: "Partner city: economic, education and cultural cooperation." },
    type: "bilateral",
    country: "CN",
    history: [["member", "2006-05-01"]],
    staffDays: "4.0",
    unit: "ELKE",
    priorities: ["recovery", "innovation"],
    review2022: {
      scores: [
        [3, 2, 3, "re_evaluate", "Toimintaympäristö muuttunut; arvioitava uudelleen."],
        [2, 2, 3, "re_evaluate", "Yhteistyön sisältö tarkennettava."],
      ],
      decision: "re_evaluate",
    },
  },
  {
    key: "kyiv",
    name: { fi: "Kiova", sv: "Kiev", en: "Kyiv" },
    description: { fi: "Ehdolla oleva kumppanikaupunki: jälleenrakennus ja kaupunkipalvelut.", sv: "Kandiderande partnerstad: återuppbyggnad och stadstjänster.", en: "Candidate partner city: reconstruction and city services." },
    type: "bilateral",
    country: "UA",
    history: [["candidate", "2022-09-01"]],
    staffDays: "6.0",
    unit: "KANS",
    priorities: ["services", "recovery"],
    review2022: {
      scores: [
        [5, 4, 4, "join", "Uusi tarve: tuki Ukrainan kaupunkien jälleenrakennukselle."],
        [4, 4, 4, "join", "Tukee palvelujen kehittämistä ja EU-yhteistyötä."],
      ],
      decision: "join",
      note: "Valmistellaan yhteistyöpöytäkirja.",
    },
  },
];

export const seedRound2022 = {
  name: { fi: "Verkostokartoitus 2022", sv: "Nätverkskartläggning 2022", en: "Network mapping 2022" },
  description: {
    fi: "Kansainvälisten verkostojen kartoitus: mistä erotaan ja mitä uusia tarpeita on.",
    sv: "Kartläggning av de internationella nätverken: vilka lämnas och vilka nya behov finns.",
    en: "Mapping of the international networks: which to leave and what new needs there are.",
  },
  openedOn: "2022-03-15",
  closedOn: "2022-12-15",
  decidedOn: "2022-12-14",
};
