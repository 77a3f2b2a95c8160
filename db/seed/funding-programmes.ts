import type { LocalizedText } from "../schema/common";

type SeedProgramme = { code: string; name: LocalizedText; managementMode: "direct" | "shared" | "indirect"; periodStart?: number; periodEnd?: number };

/** The EU funding programmes 2021–2027: the reference list seeded into every database (admins maintain it). */
const current2021: SeedProgramme[] = [
  { code: "HORIZON", managementMode: "direct", name: { fi: "Horisontti Eurooppa", sv: "Horisont Europa", en: "Horizon Europe" } },
  { code: "ERDF", managementMode: "shared", name: { fi: "Euroopan aluekehitysrahasto (EAKR)", sv: "Europeiska regionala utvecklingsfonden (Eruf)", en: "European Regional Development Fund (ERDF)" } },
  { code: "ESF+", managementMode: "shared", name: { fi: "Euroopan sosiaalirahasto plus (ESR+)", sv: "Europeiska socialfonden+ (ESF+)", en: "European Social Fund Plus (ESF+)" } },
  { code: "INTERREG-EUROPE", managementMode: "shared", name: { fi: "Interreg Europe", sv: "Interreg Europe", en: "Interreg Europe" } },
  { code: "INTERREG-BSR", managementMode: "shared", name: { fi: "Interreg Itämeren alue", sv: "Interreg Östersjöregionen", en: "Interreg Baltic Sea Region" } },
  { code: "INTERREG-CB", managementMode: "shared", name: { fi: "Interreg Central Baltic", sv: "Interreg Central Baltic", en: "Interreg Central Baltic" } },
  { code: "LIFE", managementMode: "direct", name: { fi: "LIFE-ohjelma", sv: "Life-programmet", en: "LIFE Programme" } },
  { code: "CEF", managementMode: "direct", name: { fi: "Verkkojen Eurooppa -väline (CEF)", sv: "Fonden för ett sammanlänkat Europa (FSE)", en: "Connecting Europe Facility (CEF)" } },
  { code: "DIGITAL", managementMode: "direct", name: { fi: "Digitaalinen Eurooppa", sv: "Programmet för ett digitalt Europa", en: "Digital Europe Programme" } },
  { code: "ERASMUS+", managementMode: "direct", name: { fi: "Erasmus+", sv: "Erasmus+", en: "Erasmus+" } },
  { code: "CREATIVE", managementMode: "direct", name: { fi: "Luova Eurooppa", sv: "Kreativa Europa", en: "Creative Europe" } },
  { code: "CERV", managementMode: "direct", name: { fi: "Kansalaiset, tasa-arvo, oikeudet ja arvot (CERV)", sv: "Medborgare, jämlikhet, rättigheter och värden (Cerv)", en: "Citizens, Equality, Rights and Values (CERV)" } },
  { code: "AMIF", managementMode: "shared", name: { fi: "Turvapaikka-, maahanmuutto- ja kotouttamisrahasto (AMIF)", sv: "Asyl-, migrations- och integrationsfonden (Amif)", en: "Asylum, Migration and Integration Fund (AMIF)" } },
  { code: "EU4HEALTH", managementMode: "direct", name: { fi: "EU terveyden puolesta (EU4Health)", sv: "EU för hälsa (EU4Health)", en: "EU4Health" } },
  { code: "EUI", managementMode: "indirect", name: { fi: "Eurooppalainen kaupunkialoite (EUI)", sv: "Europeiska stadsinitiativet (EUI)", en: "European Urban Initiative (EUI)" } },
  { code: "RRF", managementMode: "direct", name: { fi: "Elpymis- ja palautumistukiväline (RRF)", sv: "Faciliteten för återhämtning och resiliens (RRF)", en: "Recovery and Resilience Facility (RRF)" } },
  { code: "JTF", managementMode: "shared", name: { fi: "Oikeudenmukaisen siirtymän rahasto (JTF)", sv: "Fonden för en rättvis omställning (FRO)", en: "Just Transition Fund (JTF)" } },
];

/**
 * The 2014–2020 programmes, for the city's real history (most of its closed
 * projects): shown as closed, still chosen for the projects that ran under
 * them. Existing databases get them at start-up (`ensureFundingProgrammes`).
 */
export const closedProgrammes2014: SeedProgramme[] = [
  { code: "H2020", managementMode: "direct", periodStart: 2014, periodEnd: 2020, name: { fi: "Horisontti 2020", sv: "Horisont 2020", en: "Horizon 2020" } },
  { code: "ERDF-2014", managementMode: "shared", periodStart: 2014, periodEnd: 2020, name: { fi: "Euroopan aluekehitysrahasto (EAKR) 2014–2020", sv: "Europeiska regionala utvecklingsfonden (Eruf) 2014–2020", en: "European Regional Development Fund (ERDF) 2014–2020" } },
  { code: "ESF-2014", managementMode: "shared", periodStart: 2014, periodEnd: 2020, name: { fi: "Euroopan sosiaalirahasto (ESR) 2014–2020", sv: "Europeiska socialfonden (ESF) 2014–2020", en: "European Social Fund (ESF) 2014–2020" } },
  { code: "INTERREG-EUROPE-2014", managementMode: "shared", periodStart: 2014, periodEnd: 2020, name: { fi: "Interreg Europe 2014–2020", sv: "Interreg Europe 2014–2020", en: "Interreg Europe 2014–2020" } },
  { code: "INTERREG-BSR-2014", managementMode: "shared", periodStart: 2014, periodEnd: 2020, name: { fi: "Interreg Itämeren alue 2014–2020", sv: "Interreg Östersjöregionen 2014–2020", en: "Interreg Baltic Sea Region 2014–2020" } },
  { code: "INTERREG-CB-2014", managementMode: "shared", periodStart: 2014, periodEnd: 2020, name: { fi: "Interreg Central Baltic 2014–2020", sv: "Interreg Central Baltic 2014–2020", en: "Interreg Central Baltic 2014–2020" } },
  { code: "UIA", managementMode: "indirect", periodStart: 2014, periodEnd: 2020, name: { fi: "Innovatiiviset kaupunkitoimet (UIA)", sv: "Innovativa åtgärder för hållbar stadsutveckling (UIA)", en: "Urban Innovative Actions (UIA)" } },
  { code: "LIFE-2014", managementMode: "direct", periodStart: 2014, periodEnd: 2020, name: { fi: "LIFE-ohjelma 2014–2020", sv: "Life-programmet 2014–2020", en: "LIFE Programme 2014–2020" } },
];

/** Every programme a new database starts with: 2021–2027 first, then the closed 2014–2020 ones. */
export const seedProgrammes: SeedProgramme[] = [...current2021, ...closedProgrammes2014];
