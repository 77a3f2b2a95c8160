import type { LocalizedText } from "../schema/common";

/**
 * The source page (db/seed/source/strategy-page-fi.txt, kept beside the seed) as data: the council
 * term 2021–2025, its two goals, their priorities and measures. Finnish is
 * the original; English follows the source page's English rendering
 * (strategy-page-en.md); Swedish is the project's translation. The titles,
 * descriptions and due dates are the page's; the statuses and progress
 * figures are demo data (the page was written in 2022, when the work was
 * under way), chosen so that they do not contradict the due dates: what was
 * due in 2022–2023 is completed or late, nothing past due is "on schedule".
 */
type SeedMeasure = {
  key: string;
  title: LocalizedText;
  description?: LocalizedText;
  status: "not_started" | "on_schedule" | "late" | "completed" | "cancelled" | "postponed";
  progress: number;
  start?: [string, "day" | "month"];
  due?: [string, "day" | "month"];
  unit: string;
  priorities: string[];
  contactEditor?: boolean;
};

export const seedUnits: { code: string; name: LocalizedText }[] = [
  {
    code: "KANS",
    name: {
      fi: "Kaupunginkanslia, kansainväliset asiat",
      sv: "Stadskansliet, internationella ärenden",
      en: "City Executive Office, International Affairs",
    },
  },
  {
    code: "ELKE",
    name: {
      fi: "Kaupunginkanslia, elinkeino-osasto",
      sv: "Stadskansliet, näringslivsavdelningen",
      en: "City Executive Office, Economic Development",
    },
  },
  {
    code: "STRA",
    name: {
      fi: "Kaupunginkanslia, strategiaosasto",
      sv: "Stadskansliet, strategiavdelningen",
      en: "City Executive Office, Strategy Department",
    },
  },
];

export const seedPeriod = {
  name: {
    fi: "Valtuustokausi 2021–2025",
    sv: "Fullmäktigeperioden 2021–2025",
    en: "Council term 2021–2025",
  },
  startYear: 2021,
  endYear: 2025,
};

/**
 * The source page's own sentences that name the priorities, quoted whole as
 * each priority's description. Finnish is the original; English follows the
 * English rendering of the source page (strategy-page-en.md); the source has
 * no Swedish, so Swedish is the project's translation.
 */
const INTERNATIONAL_FOCUS: LocalizedText = {
  fi: "Kansainvälisessä, erityisesti EU-edunvalvonnassa, keskitytään Helsingin taloudellista elpymistä, julkisten palvelujen kehittämistä, digitalisaatiota, ilmastonmuutoksen hillintää sekä alueellisia innovaatioekosysteemejä tukeviin ja edistäviin toimenpiteisiin.",
  sv: "Den internationella intressebevakningen, särskilt EU-intressebevakningen, fokuserar på åtgärder som stöder och främjar Helsingfors ekonomiska återhämtning, utvecklingen av offentliga tjänster, digitaliseringen, begränsningen av klimatförändringen och regionala innovationsekosystem.",
  en: "International, and especially EU, advocacy focuses on measures that support and advance Helsinki's economic recovery, the development of public services, digitalisation, climate change mitigation and regional innovation ecosystems.",
};
const NATIONAL_PRIORITIES: LocalizedText = {
  fi: "Kansallisen edunvalvonnan erityisiä painopisteitä kuluvalla valtuustokaudella ovat osaavan työvoiman saatavuus, työllisyys ja kaupungin taloudellisten toimintaedellytysten turvaaminen erityisesti varmistamalla riittävä sosiaali- ja terveyspalveluiden sekä pelastustoimen rahoitus. Kaupunki edistää valtion kanssa koulutustarjonnan lisäämistä pääkaupunkiseudulla erityisesti työvoimapulasta kärsivillä alueilla.",
  sv: "De särskilda prioriteringarna för den nationella intressebevakningen under den pågående fullmäktigeperioden är tillgången till kompetent arbetskraft, sysselsättningen och att trygga stadens ekonomiska verksamhetsförutsättningar, särskilt genom att säkerställa tillräcklig finansiering av social- och hälsovården samt räddningsväsendet. Staden främjar tillsammans med staten ett utökat utbildningsutbud i huvudstadsregionen, särskilt inom områden som lider av arbetskraftsbrist.",
  en: "The particular priorities of national advocacy in the current council term are the availability of skilled labour, employment, and securing the city's financial operating conditions, especially by ensuring sufficient funding of social and health services and of rescue services. With the state, the city promotes more education on offer in the capital region, especially in fields that suffer from labour shortage.",
};

export const seedGoals = [
  {
    key: "international",
    scope: "international" as const,
    title: {
      fi: "Helsingin kaupunki on aktiivinen kansainvälinen toimija",
      sv: "Helsingfors stad är en aktiv internationell aktör",
      en: "The City of Helsinki is an active international actor",
    },
    description: {
      fi: "Helsingin kaupunki on aktiivinen kansainvälinen toimija: kokoaan suurempi Helsinki maailmalla. Helsinki käy kansainvälisesti ja EU-tasolla aktiivista kaupunkipoliittista keskustelua ennakoivasti ja konkreettisten ehdotusten avulla.",
      sv: "Helsingfors stad är en aktiv internationell aktör: ett Helsingfors som är större än sin storlek i världen. Helsingfors deltar proaktivt och med konkreta förslag i den stadspolitiska debatten internationellt och på EU-nivå.",
      en: "The City of Helsinki is an active international actor: a Helsinki bigger than its size in the world. Helsinki takes part in urban-policy debate internationally and at EU level, proactively and with concrete proposals.",
    },
    priorities: [
      { key: "recovery", fi: "Taloudellinen elpyminen", sv: "Ekonomisk återhämtning", en: "Economic recovery", description: INTERNATIONAL_FOCUS },
      { key: "services", fi: "Julkisten palvelujen kehittäminen", sv: "Utveckling av offentliga tjänster", en: "Development of public services", description: INTERNATIONAL_FOCUS },
      { key: "digital", fi: "Digitalisaatio", sv: "Digitalisering", en: "Digitalisation", description: INTERNATIONAL_FOCUS },
      { key: "climate", fi: "Ilmastonmuutoksen hillintä", sv: "Begränsning av klimatförändringen", en: "Climate change mitigation", description: INTERNATIONAL_FOCUS },
      { key: "innovation", fi: "Alueelliset innovaatioekosysteemit", sv: "Regionala innovationsekosystem", en: "Regional innovation ecosystems", description: INTERNATIONAL_FOCUS },
    ],
  },
  {
    key: "national",
    scope: "national" as const,
    title: {
      fi: "Helsinki on aktiivinen valtakunnallinen vaikuttaja",
      sv: "Helsingfors är en aktiv nationell påverkare",
      en: "Helsinki is an active national influencer",
    },
    description: {
      fi: "Helsinki valvoo kaupungin ja kaupunkilaisten etuja tavoitteellisesti kansallisilla foorumeilla. Kansallisen edunvalvonnan painopisteet on päivitetty kaupunkistrategian ja toimintaympäristön muutosten pohjalta vuonna 2022.",
      sv: "Helsingfors bevakar målmedvetet stadens och invånarnas intressen i nationella forum. De nationella intressebevakningsprioriteringarna uppdaterades 2022 utifrån stadsstrategin och förändringarna i omvärlden.",
      en: "Helsinki advocates purposefully for the interests of the city and its residents in national forums. The national advocacy priorities were updated in 2022 on the basis of the city strategy and changes in the operating environment.",
    },
    priorities: [
      { key: "labour", fi: "Osaavan työvoiman saatavuus", sv: "Tillgång till kompetent arbetskraft", en: "Availability of skilled labour", description: NATIONAL_PRIORITIES },
      { key: "employment", fi: "Työllisyys", sv: "Sysselsättning", en: "Employment", description: NATIONAL_PRIORITIES },
      {
        key: "financing",
        fi: "Kaupungin taloudellisten toimintaedellytysten turvaaminen erityisesti varmistamalla riittävä sosiaali- ja terveyspalveluiden sekä pelastustoimen rahoitus",
        sv: "Att trygga stadens ekonomiska verksamhetsförutsättningar, särskilt genom att säkerställa tillräcklig finansiering av social- och hälsovården samt räddningsväsendet",
        en: "Securing the city's financial operating conditions, especially by ensuring sufficient funding of social and health services and of rescue services",
        description: NATIONAL_PRIORITIES,
      },
      {
        key: "education",
        fi: "Koulutustarjonnan lisääminen pääkaupunkiseudulla valtion kanssa erityisesti työvoimapulasta kärsivillä alueilla",
        sv: "Att tillsammans med staten utöka utbildningsutbudet i huvudstadsregionen, särskilt inom områden som lider av arbetskraftsbrist",
        en: "More education on offer in the capital region, with the state, especially in fields that suffer from labour shortage",
        description: NATIONAL_PRIORITIES,
      },
    ],
  },
];

const ALL_PRIORITIES = ["recovery", "services", "digital", "climate", "innovation", "labour", "employment", "financing", "education"];

export const seedMeasures: Record<"international" | "national", SeedMeasure[]> = {
  international: [
    {
      key: "guidelines",
      title: {
        fi: "Kansainvälisen toiminnan linjausten ja painopisteiden päivitys vuosille 2022–2025",
        sv: "Uppdatering av riktlinjerna och prioriteringarna för den internationella verksamheten 2022–2025",
        en: "Update of the guidelines and priorities of international activity for 2022–2025",
      },
      description: {
        fi: "Päivityksessä huomioidaan uusi kaupunkistrategia sekä toimintaympäristön muutokset, erityisesti Ukrainan kriisin vaikutukset painopisteisiin ja kansainväliseen yhteistyöhön.",
        sv: "Uppdateringen beaktar den nya stadsstrategin och förändringarna i omvärlden, särskilt Ukrainakrisens följder för prioriteringarna och det internationella samarbetet.",
        en: "The update takes into account the new city strategy and changes in the operating environment, in particular the effects of the crisis in Ukraine on priorities and international cooperation.",
      },
      status: "completed",
      progress: 100,
      start: ["2022-01-01", "month"],
      due: ["2022-06-01", "month"],
      unit: "KANS",
      priorities: ["recovery", "services", "digital", "climate", "innovation"],
      contactEditor: true,
    },
    {
      key: "eu-priorities",
      title: {
        fi: "EU-edunvalvonnan painopisteiden päivitys",
        sv: "Uppdatering av prioriteringarna för EU-intressebevakningen",
        en: "Update of the EU advocacy priorities",
      },
      description: {
        fi: "Päivityksessä huomioidaan kaupunkistrategia ja toimintaympäristön muutokset.",
        sv: "Uppdateringen beaktar stadsstrategin och förändringarna i omvärlden.",
        en: "The update takes into account the city strategy and changes in the operating environment.",
      },
      status: "completed",
      progress: 100,
      start: ["2022-01-01", "month"],
      due: ["2022-05-01", "month"],
      unit: "KANS",
      priorities: ["recovery", "services", "digital", "climate", "innovation"],
    },
    {
      key: "networks",
      title: {
        fi: "Kansainvälisten verkostojen kartoitus",
        sv: "Kartläggning av de internationella nätverken",
        en: "Mapping of the international networks",
      },
      description: {
        fi: "Vuoden 2022 aikana kartoitetaan Helsingin kaupungin kansainväliset verkostot tunnistaen ne, joista luovutaan, sekä uudet mahdolliset tarpeet.",
        sv: "Under 2022 kartläggs Helsingfors stads internationella nätverk för att identifiera dem som staden lämnar samt nya möjliga behov.",
        en: "During 2022 the city maps its international networks, identifying the ones to leave and new possible needs.",
      },
      status: "completed",
      progress: 100,
      start: ["2022-01-01", "month"],
      due: ["2022-12-01", "month"],
      unit: "KANS",
      priorities: ["recovery", "services", "digital", "climate", "innovation"],
      contactEditor: true,
    },
    {
      key: "eu-funding",
      title: {
        fi: "EU-rahoitusten kotiuttaminen strategisia tavoitteita tukien ja EU-varojen vastuullinen käyttö",
        sv: "EU-finansiering till Helsingfors som stöder de strategiska målen och ansvarsfull användning av EU-medel",
        en: "Bringing EU funding home in support of the strategic goals, and responsible use of EU funds",
      },
      description: {
        fi: "EU-rahoitusten kotiuttamisessa varmistetaan määrän lisäksi se, että EU-hankkeet tukevat Helsingin strategisten tavoitteiden toteutumista. Helsinki haluaa myös edistää EU-varojen vastuullista käyttöä.",
        sv: "När EU-finansiering hämtas hem säkerställs inte bara beloppet utan också att EU-projekten stöder Helsingfors strategiska mål. Helsingfors vill också främja ansvarsfull användning av EU-medel.",
        en: "When bringing EU funding home, the city makes sure not only of the amount but that the EU projects support Helsinki's strategic goals. Helsinki also wants to promote the responsible use of EU funds.",
      },
      status: "late",
      progress: 85,
      start: ["2021-08-01", "month"],
      due: ["2025-12-01", "month"],
      unit: "ELKE",
      priorities: ["recovery", "digital", "climate", "innovation"],
    },
  ],
  national: [
    {
      key: "national-priorities",
      title: {
        fi: "Kansallisen edunvalvonnan painopisteiden päivitys",
        sv: "Uppdatering av prioriteringarna för den nationella intressebevakningen",
        en: "Update of the national advocacy priorities",
      },
      status: "completed",
      progress: 100,
      start: ["2022-01-01", "month"],
      due: ["2022-12-01", "month"],
      unit: "STRA",
      priorities: ["labour", "employment", "financing", "education"],
    },
    {
      key: "plans",
      title: {
        fi: "Edunvalvonta- ja viestintäsuunnitelmat edunvalvonnan painopisteille",
        sv: "Intressebevaknings- och kommunikationsplaner för intressebevakningens prioriteringar",
        en: "Advocacy and communication plans for each advocacy priority",
      },
      status: "late",
      progress: 75,
      start: ["2022-06-01", "month"],
      due: ["2023-06-01", "month"],
      unit: "STRA",
      priorities: ["labour", "employment", "financing", "education"],
    },
    {
      key: "government-programme",
      title: {
        fi: "Hallitusohjelmatavoitteet ja hallitusohjelmavaikuttaminen vuoden 2023 eduskuntavaaleja varten",
        sv: "Mål för regeringsprogrammet och påverkan på regeringsprogrammet inför riksdagsvalet 2023",
        en: "Government-programme goals and influencing the government programme for the 2023 parliamentary elections",
      },
      status: "completed",
      progress: 100,
      start: ["2022-03-01", "month"],
      due: ["2023-04-01", "month"],
      unit: "STRA",
      priorities: ["labour", "employment", "financing", "education"],
    },
    {
      key: "evaluation",
      title: {
        fi: "Sisäinen arviointi edunvalvonnan onnistumisesta ja kehittämistarpeista",
        sv: "Intern utvärdering av hur intressebevakningen lyckats och av utvecklingsbehoven",
        en: "Internal evaluation of advocacy success and development needs",
      },
      description: {
        fi: "Kansainvälisen, EU- ja kansallisen edunvalvonnan osalta valtuustokauden aikana toteutetaan sisäinen arviointi (ylin johto ja asiantuntijat).",
        sv: "För den internationella, EU- och nationella intressebevakningen genomförs under fullmäktigeperioden en intern utvärdering (högsta ledningen och experter).",
        en: "For international, EU and national advocacy, an internal evaluation is carried out during the council term by top management and experts.",
      },
      status: "late",
      progress: 60,
      due: ["2025-12-01", "month"],
      unit: "STRA",
      priorities: ALL_PRIORITIES,
    },
  ],
};

export const DEMO_PASSWORD = "helsinki-demo";

export const seedUsers = [
  { email: "admin@example.com", name: "Aino Admin", role: "admin" as const, unit: "KANS" },
  { email: "coordinator@example.com", name: "Kaisa Koordinaattori", role: "coordinator" as const, unit: "KANS" },
  { email: "editor@example.com", name: "Eero Editori", role: "editor" as const, unit: "KANS" },
  { email: "executive@example.com", name: "Johanna Johtaja", role: "executive" as const, unit: "STRA" },
];
