import type { LocalizedText } from "../schema/common";

/** The EU funding programmes 2021–2027: the reference list seeded into every database (admins maintain it). */
export const seedProgrammes: { code: string; name: LocalizedText; managementMode: "direct" | "shared" | "indirect" }[] = [
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
