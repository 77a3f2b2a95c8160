import { eq } from "drizzle-orm";
import type { Tx } from "../client";
import {
  advocacyActivities,
  advocacyPlans,
  evaluationAnswers,
  evaluationQuestions,
  evaluationRespondents,
  evaluationRounds,
  governmentAsks,
  type ActivityType,
  type AskOutcome,
  type PlanAudience,
  type PlanChannel,
  type TimelineStep,
} from "../schema";
import type { LocalizedText } from "../schema/common";
import { recordAudit } from "../queries/audit";
import { activitySnapshot, askSnapshot, planSnapshot } from "../queries/advocacy/snapshots";
import type { PublishableTable } from "@/lib/publishing";

/**
 * Demo data of the advocacy area for the council term 2021–2025: plans for a
 * few priorities, statements (one past its deadline with nothing given),
 * meetings and papers, the 2023 government-programme asks with their
 * outcomes, one closed evaluation round with answers and one open round.
 * Deadlines still to come are relative to today so the calendar always has
 * something in it.
 */
type Ids = { priorities: Map<string, string>; users: Map<string, string> };

const day = (offset: number) => {
  const d = new Date(Date.now() + offset * 86_400_000);
  return d.toISOString().slice(0, 10);
};

async function history(tx: Tx, entityType: string, id: string, after: Record<string, unknown>, snapshot: Record<string, unknown> | null | undefined) {
  await recordAudit(tx, { entityType, entityId: id, action: "create", version: 1, actor: null, after });
  if (snapshot !== undefined) {
    await recordAudit(tx, { entityType, entityId: id, action: "publish", version: 1, actor: null, after: snapshot, isPublication: true });
  }
}

/** Mark a seeded row published with its snapshot (or approved with nothing public). */
async function publish(tx: Tx, table: PublishableTable, id: string, snapshot: Record<string, unknown> | null) {
  await tx
    .update(table)
    .set({ reviewState: "published", published: snapshot, publishedAt: new Date(), publishedVersion: 1 } as never)
    .where(eq(table.id, id));
}

const L = (fi: string, sv: string, en: string): LocalizedText => ({ fi, sv, en });

export async function seedAdvocacy(tx: Tx, ids: Ids) {
  const p = (key: string) => {
    const id = ids.priorities.get(key);
    if (!id) throw new Error(`seed: no priority ${key}`);
    return id;
  };
  const u = (email: string) => ids.users.get(email) ?? null;
  await seedPlans(tx, p);
  await seedActivities(tx, p, u);
  await seedAsks(tx, p);
  await seedEvaluations(tx, p, u);
}

async function seedPlans(tx: Tx, p: (key: string) => string) {
  const plans: {
    priority: string;
    objectives: LocalizedText;
    keyMessages: LocalizedText;
    audiences: PlanAudience[];
    channels: PlanChannel[];
    timeline: TimelineStep[];
    publicSummary: LocalizedText | null;
    state: "published" | "pending";
  }[] = [
    {
      priority: "digital",
      objectives: L(
        "EU:n datatalouden ja tekoälyn sääntely ottaa huomioon kaupunkien roolin palvelujen tuottajina ja datan haltijoina. Helsinki saa äänensä kuuluviin yhteentoimivuussäädöksen toimeenpanossa.",
        "EU:s reglering av dataekonomin och artificiell intelligens beaktar städernas roll som tjänsteproducenter och datainnehavare. Helsingfors röst hörs i genomförandet av förordningen om interoperabilitet.",
        "EU regulation of the data economy and artificial intelligence takes account of cities as service providers and data holders. Helsinki is heard in the implementation of the Interoperable Europe Act.",
      ),
      keyMessages: L(
        "Kaupungit ovat EU:n digitaalisen siirtymän toimeenpanijoita. Avoin data ja yhteentoimivuus ovat edellytys kansalaisia hyödyttäville palveluille.",
        "Städerna genomför EU:s digitala omställning. Öppna data och interoperabilitet är en förutsättning för tjänster som gagnar invånarna.",
        "Cities implement the EU's digital transition. Open data and interoperability are preconditions for services that benefit residents.",
      ),
      audiences: ["eu_institutions", "ministries", "other_cities"],
      channels: ["networks", "statements", "meetings", "events"],
      timeline: [
        { date: "2023-03-15", activity: L("Eurocitiesin digitaalifoorumin kannanoton valmistelu", "Beredning av Eurocities digitala forums ståndpunkt", "Preparing the Eurocities Digital Forum position"), channel: "networks" },
        { date: "2023-06-08", activity: L("Puheenvuoro Eurocities Digital Forumissa", "Anförande vid Eurocities Digital Forum", "Speech at the Eurocities Digital Forum"), channel: "events" },
        { date: "2024-02-20", activity: L("Tapaaminen komission DG CONNECTin kanssa Brysselissä", "Möte med kommissionens GD CONNECT i Bryssel", "Meeting with the Commission's DG CONNECT in Brussels"), channel: "meetings" },
        { date: "2025-04-30", activity: L("Lausunto yhteentoimivuussäädöksen kansallisesta toimeenpanosta", "Utlåtande om det nationella genomförandet av förordningen om interoperabilitet", "Statement on the national implementation of the Interoperable Europe Act"), channel: "statements" },
      ],
      publicSummary: L(
        "Helsinki vaikuttaa EU:n digitaalista siirtymää koskevaan sääntelyyn niin, että kaupunkien rooli palvelujen tuottajina ja datan haltijoina tunnistetaan.",
        "Helsingfors påverkar EU:s reglering av den digitala omställningen så att städernas roll som tjänsteproducenter och datainnehavare erkänns.",
        "Helsinki influences EU regulation of the digital transition so that cities' role as service providers and data holders is recognised.",
      ),
      state: "published",
    },
    {
      priority: "financing",
      objectives: L(
        "Helsingin sosiaali- ja terveyspalvelujen sekä pelastustoimen rahoitus vastaa todellista palvelutarvetta. Rahoituslain tarvekertoimissa huomioidaan suurkaupungin erityispiirteet.",
        "Finansieringen av Helsingfors social- och hälsovård samt räddningsväsende motsvarar det verkliga servicebehovet. Behovskoefficienterna i finansieringslagen beaktar storstadens särdrag.",
        "Funding of Helsinki's social and health services and rescue services matches the actual need for services. The need coefficients of the funding act take account of the special features of a large city.",
      ),
      keyMessages: L(
        "Helsingin väestö kasvaa ja ikääntyy, ja erityisryhmien palvelutarve on suuri. Jälkikäteinen rahoitus ei saa jättää kasvavaa kaupunkia alijäämäiseksi.",
        "Helsingfors befolkning växer och åldras, och servicebehovet hos särskilda grupper är stort. Efterhandsfinansiering får inte lämna en växande stad med underskott.",
        "Helsinki's population is growing and ageing, and special groups need many services. Retrospective funding must not leave a growing city in deficit.",
      ),
      audiences: ["ministries", "parliament_committees", "mps"],
      channels: ["meetings", "statements", "publications"],
      timeline: [
        { date: "2023-01-31", activity: L("Hallitusohjelmatavoitteiden julkistus", "Offentliggörande av målen för regeringsprogrammet", "Publication of the government-programme asks"), channel: "publications" },
        { date: "2023-11-14", activity: L("Tapaaminen valtiovarainministeriön kanssa rahoituslaista", "Möte med finansministeriet om finansieringslagen", "Meeting with the Ministry of Finance on the funding act"), channel: "meetings" },
        { date: "2024-09-30", activity: L("Kuuleminen eduskunnan valtiovarainvaliokunnassa", "Hörande i riksdagens finansutskott", "Hearing at Parliament's Finance Committee"), channel: "meetings" },
      ],
      publicSummary: null,
      state: "published",
    },
    {
      priority: "climate",
      objectives: L(
        "Kaupunkien ilmastotoimet saavat EU:n rahoitusta suoraan, ja Helsinki toimii esimerkkinä hiilineutraaliustavoitteessa 2030.",
        "Städernas klimatåtgärder får EU-finansiering direkt, och Helsingfors är ett exempel för målet om koldioxidneutralitet 2030.",
        "Cities' climate action receives EU funding directly, and Helsinki serves as an example for the 2030 carbon-neutrality goal.",
      ),
      keyMessages: L(
        "Ilmastoneutraalit kaupungit tarvitsevat suoraa rahoitusta ja kevyemmän raportoinnin.",
        "Klimatneutrala städer behöver direkt finansiering och lättare rapportering.",
        "Climate-neutral cities need direct funding and lighter reporting.",
      ),
      audiences: ["eu_institutions", "other_cities"],
      channels: ["networks", "events"],
      timeline: [],
      publicSummary: L(
        "Helsinki vaikuttaa siihen, että kaupunkien ilmastotoimet saavat EU:n rahoitusta suoraan.",
        "Helsingfors verkar för att städernas klimatåtgärder får EU-finansiering direkt.",
        "Helsinki works for EU funding to reach cities' climate action directly.",
      ),
      state: "pending",
    },
  ];
  for (const plan of plans) {
    const visibility = plan.publicSummary ? ("public" as const) : ("internal" as const);
    const [row] = await tx
      .insert(advocacyPlans)
      .values({
        isDemo: true,
        priorityId: p(plan.priority),
        objectives: plan.objectives,
        keyMessages: plan.keyMessages,
        audiences: plan.audiences,
        channels: plan.channels,
        timeline: plan.timeline,
        visibility,
        publicSummary: plan.publicSummary,
        reviewState: plan.state === "pending" ? "pending" : "draft",
      })
      .returning();
    if (!row) throw new Error("seed: plan");
    if (plan.state === "published") {
      const snapshot = planSnapshot(row);
      await publish(tx, advocacyPlans as unknown as PublishableTable, row.id, snapshot);
      await history(tx, "advocacy_plan", row.id, { priorityId: row.priorityId }, snapshot);
    } else {
      await history(tx, "advocacy_plan", row.id, { priorityId: row.priorityId }, undefined);
    }
  }
}

type SeedActivity = {
  type: ActivityType;
  priority: string;
  title: LocalizedText;
  summary?: LocalizedText;
  date?: string;
  deadline?: string;
  audience?: string;
  consultation?: string;
  ministry?: string;
  responsible?: string;
  links?: { label: string; url: string }[];
  outcome?: LocalizedText;
  internalNotes?: string;
  visibility?: "public" | "internal";
  publish: boolean;
};

async function seedActivities(tx: Tx, p: (key: string) => string, u: (email: string) => string | null) {
  const list: SeedActivity[] = [
    {
      type: "statement",
      priority: "employment",
      title: L(
        "Lausunto TE-palvelujen siirtämisestä kuntien järjestettäväksi (TE24-uudistus)",
        "Utlåtande om överföringen av arbets- och näringstjänsterna till kommunerna (TE24-reformen)",
        "Statement on transferring employment services to municipalities (TE24 reform)",
      ),
      summary: L(
        "Helsinki kannattaa uudistusta mutta edellyttää, että rahoitus vastaa todellisia kustannuksia ja että suurten kaupunkien työllisyysalueet voivat toimia itsenäisesti.",
        "Helsingfors stöder reformen men förutsätter att finansieringen motsvarar de verkliga kostnaderna och att de stora städernas sysselsättningsområden kan verka självständigt.",
        "Helsinki supports the reform but requires that funding matches actual costs and that large cities' employment areas can operate independently.",
      ),
      date: "2022-08-24",
      deadline: "2022-08-26",
      consultation: "Hallituksen esitysluonnos työvoimapalvelujen järjestämisestä",
      ministry: "Työ- ja elinkeinoministeriö",
      audience: "Työ- ja elinkeinoministeriö",
      responsible: "coordinator@example.com",
      links: [{ label: "Lausuntopalvelu.fi", url: "https://www.lausuntopalvelu.fi/" }],
      outcome: L(
        "Kaupunkien itsenäinen työllisyysalue säilyi lopullisessa esityksessä.",
        "Städernas självständiga sysselsättningsområde kvarstod i den slutliga propositionen.",
        "Cities' independent employment areas remained in the final bill.",
      ),
      publish: true,
    },
    {
      type: "statement",
      priority: "financing",
      title: L(
        "Lausunto hyvinvointialueiden rahoituslain muuttamisesta",
        "Utlåtande om ändring av lagen om välfärdsområdenas finansiering",
        "Statement on amending the act on the funding of wellbeing services counties",
      ),
      summary: L(
        "Helsinki esittää, että tarvekertoimissa huomioidaan kaupungin väestönkasvu ja erityisryhmien palvelutarve.",
        "Helsingfors föreslår att behovskoefficienterna beaktar stadens befolkningstillväxt och särskilda gruppers servicebehov.",
        "Helsinki proposes that the need coefficients take account of the city's population growth and the service needs of special groups.",
      ),
      date: "2024-03-08",
      deadline: "2024-03-11",
      consultation: "Luonnos hallituksen esitykseksi rahoituslain muuttamisesta",
      ministry: "Valtiovarainministeriö",
      audience: "Valtiovarainministeriö",
      responsible: "coordinator@example.com",
      internalNotes: "Talous- ja suunnitteluosasto kommentoi luonnosta 4.3.",
      publish: true,
    },
    {
      type: "statement",
      priority: "education",
      title: L(
        "Lausunto korkeakoulujen aloituspaikkojen lisäämisestä",
        "Utlåtande om fler nybörjarplatser vid högskolorna",
        "Statement on increasing the intake of higher education institutions",
      ),
      deadline: day(-6),
      consultation: "Opetus- ja kulttuuriministeriön selvitys korkeakoulujen aloituspaikoista",
      ministry: "Opetus- ja kulttuuriministeriö",
      audience: "Opetus- ja kulttuuriministeriö",
      responsible: "coordinator@example.com",
      internalNotes: "Kasvatuksen ja koulutuksen toimialan kommentit puuttuvat vielä.",
      publish: false,
    },
    {
      type: "statement",
      priority: "digital",
      title: L(
        "Lausunto yhteentoimivuussäädöksen kansallisesta toimeenpanosta",
        "Utlåtande om det nationella genomförandet av förordningen om interoperabilitet",
        "Statement on the national implementation of the Interoperable Europe Act",
      ),
      deadline: day(12),
      consultation: "Luonnos laiksi julkisen hallinnon tiedonhallinnasta annetun lain muuttamisesta",
      ministry: "Valtiovarainministeriö",
      audience: "Valtiovarainministeriö",
      responsible: "editor@example.com",
      publish: false,
    },
    {
      type: "statement",
      priority: "labour",
      title: L(
        "Lausunto kotoutumislain muutoksista",
        "Utlåtande om ändringar i integrationslagen",
        "Statement on amendments to the Integration Act",
      ),
      deadline: day(26),
      consultation: "Hallituksen esitysluonnos kotoutumisen edistämisestä annetun lain muuttamisesta",
      ministry: "Työ- ja elinkeinoministeriö",
      audience: "Työ- ja elinkeinoministeriö",
      responsible: "coordinator@example.com",
      publish: false,
    },
    {
      type: "meeting",
      priority: "financing",
      title: L(
        "Tapaaminen valtiovarainministeriön kanssa sote-rahoituksesta",
        "Möte med finansministeriet om vårdfinansieringen",
        "Meeting with the Ministry of Finance on health and social services funding",
      ),
      date: "2023-11-14",
      audience: "Valtiovarainministeriön kunta- ja aluehallinto-osasto",
      responsible: "coordinator@example.com",
      outcome: L(
        "Ministeriö pyysi kaupungilta laskelmat väestönkasvun vaikutuksesta.",
        "Ministeriet bad staden om kalkyler över befolkningstillväxtens effekt.",
        "The ministry asked the city for calculations of the effect of population growth.",
      ),
      internalNotes: "Luottamuksellinen keskustelu; ei julkaista.",
      visibility: "internal",
      publish: true,
    },
    {
      type: "meeting",
      priority: "digital",
      title: L(
        "Helsingin puheenvuoro Eurocities Digital Forumissa",
        "Helsingfors anförande vid Eurocities Digital Forum",
        "Helsinki's speech at the Eurocities Digital Forum",
      ),
      date: "2023-06-08",
      audience: "Eurocities-verkoston jäsenkaupungit, Euroopan komissio",
      responsible: "editor@example.com",
      links: [{ label: "Eurocities", url: "https://eurocities.eu/" }],
      publish: true,
    },
    {
      type: "position_paper",
      priority: "innovation",
      title: L(
        "Helsingin kannanotto EU:n koheesiopolitiikan tulevaisuudesta",
        "Helsingfors ståndpunkt om EU:s framtida sammanhållningspolitik",
        "Helsinki's position on the future of EU cohesion policy",
      ),
      summary: L(
        "Kaupunkien suora pääsy rahoitukseen ja innovaatioekosysteemien tukeminen tulee säilyttää seuraavalla ohjelmakaudella.",
        "Städernas direkta tillgång till finansiering och stödet till innovationsekosystem ska bevaras under nästa programperiod.",
        "Cities' direct access to funding and support for innovation ecosystems must be kept in the next programming period.",
      ),
      date: "2024-10-15",
      audience: "Euroopan komissio, Euroopan parlamentin suomalaiset jäsenet",
      responsible: "editor@example.com",
      publish: true,
    },
    {
      type: "proposal",
      priority: "labour",
      title: L(
        "Ehdotus työperäisen maahanmuuton lupaprosessin nopeuttamiseksi",
        "Förslag för att påskynda tillståndsprocessen för arbetskraftsinvandring",
        "Proposal to speed up permits for work-based immigration",
      ),
      date: "2022-11-02",
      audience: "Työ- ja elinkeinoministeriö, Maahanmuuttovirasto",
      responsible: "coordinator@example.com",
      publish: true,
    },
  ];
  for (const a of list) {
    const [row] = await tx
      .insert(advocacyActivities)
      .values({
        isDemo: true,
        type: a.type,
        priorityId: p(a.priority),
        title: a.title,
        summary: a.summary ?? null,
        date: a.date ?? null,
        deadline: a.deadline ?? null,
        audience: a.audience ?? null,
        consultation: a.consultation ?? null,
        ministry: a.ministry ?? null,
        responsibleUserId: a.responsible ? u(a.responsible) : null,
        links: a.links ?? [],
        outcome: a.outcome ?? null,
        internalNotes: a.internalNotes ?? null,
        visibility: a.visibility ?? "public",
      })
      .returning();
    if (!row) throw new Error("seed: activity");
    const snapshot = a.publish ? activitySnapshot(row) : undefined;
    if (a.publish) await publish(tx, advocacyActivities as unknown as PublishableTable, row.id, snapshot ?? null);
    await history(tx, "advocacy_activity", row.id, { type: row.type, title: row.title }, snapshot);
  }
}

async function seedAsks(tx: Tx, p: (key: string) => string) {
  const asks: { priority: string; wording: LocalizedText; justification: LocalizedText; target: LocalizedText; outcome: AskOutcome; evidence?: LocalizedText; year?: number }[] = [
    {
      priority: "labour",
      wording: L(
        "Työperäisen maahanmuuton lupakäsittely nopeutetaan enintään kuukauteen.",
        "Tillståndsbehandlingen för arbetskraftsinvandring påskyndas till högst en månad.",
        "Permits for work-based immigration are processed within one month at most.",
      ),
      justification: L(
        "Pääkaupunkiseudun yritykset kärsivät osaajapulasta, ja pitkät lupajonot heikentävät alueen kilpailukykyä.",
        "Företagen i huvudstadsregionen lider av kompetensbrist, och långa tillståndsköer försvagar regionens konkurrenskraft.",
        "Companies in the capital region suffer from a shortage of skilled workers, and long permit queues weaken the region's competitiveness.",
      ),
      target: L("Työ- ja elinkeinoministeriö, sisäministeriö", "Arbets- och näringsministeriet, inrikesministeriet", "Ministry of Economic Affairs and Employment, Ministry of the Interior"),
      outcome: "adopted",
      evidence: L(
        "Hallitus nopeuttaa työperäisen maahanmuuton lupaprosesseja tavoitteena enintään 30 päivän käsittelyaika.",
        "Regeringen påskyndar tillståndsprocesserna för arbetskraftsinvandring med målet en handläggningstid på högst 30 dagar.",
        "The government will speed up work-based immigration permits, aiming at a processing time of at most 30 days.",
      ),
    },
    {
      priority: "employment",
      wording: L(
        "Kunnille siirtyvien työllisyyspalvelujen rahoitus mitoitetaan palvelujen todellisten kustannusten mukaan.",
        "Finansieringen av sysselsättningstjänsterna som överförs till kommunerna dimensioneras enligt de verkliga kostnaderna.",
        "Funding of the employment services moving to municipalities is set by the services' actual costs.",
      ),
      justification: L(
        "Helsingissä on maan suurin määrä työttömiä työnhakijoita, ja palvelutarve kasvaa.",
        "Helsingfors har landets största antal arbetslösa arbetssökande, och servicebehovet ökar.",
        "Helsinki has the country's largest number of unemployed jobseekers, and the need for services is growing.",
      ),
      target: L("Työ- ja elinkeinoministeriö", "Arbets- och näringsministeriet", "Ministry of Economic Affairs and Employment"),
      outcome: "partly",
      evidence: L(
        "TE-palvelut siirretään kunnille vuoden 2025 alusta, ja rahoitusmallia tarkastellaan siirtymäkauden aikana.",
        "Arbets- och näringstjänsterna överförs till kommunerna från början av 2025, och finansieringsmodellen ses över under övergångsperioden.",
        "Employment services move to municipalities from the start of 2025, and the funding model will be reviewed during the transition period.",
      ),
    },
    {
      priority: "financing",
      wording: L(
        "Helsingin sote- ja pelastustoimen rahoituksessa huomioidaan suurkaupungin erityispiirteet ja väestönkasvu.",
        "Finansieringen av Helsingfors vård och räddningsväsende beaktar storstadens särdrag och befolkningstillväxt.",
        "Funding of Helsinki's health, social and rescue services takes account of the special features of a large city and population growth.",
      ),
      justification: L(
        "Nykyinen rahoitusmalli ei tunnista suurkaupungin erityisryhmien palvelutarvetta.",
        "Den nuvarande finansieringsmodellen beaktar inte servicebehovet hos storstadens särskilda grupper.",
        "The current funding model does not recognise the service needs of the large city's special groups.",
      ),
      target: L("Valtiovarainministeriö, sosiaali- ja terveysministeriö", "Finansministeriet, social- och hälsovårdsministeriet", "Ministry of Finance, Ministry of Social Affairs and Health"),
      outcome: "partly",
      evidence: L(
        "Rahoituslain tarvekertoimia päivitetään vastaamaan paremmin palvelutarvetta.",
        "Behovskoefficienterna i finansieringslagen uppdateras för att bättre motsvara servicebehovet.",
        "The need coefficients of the funding act will be updated to match the need for services better.",
      ),
    },
    {
      priority: "education",
      wording: L(
        "Pääkaupunkiseudun korkeakoulujen aloituspaikkoja lisätään pysyvästi.",
        "Antalet nybörjarplatser vid högskolorna i huvudstadsregionen ökas permanent.",
        "The intake of higher education institutions in the capital region is increased permanently.",
      ),
      justification: L(
        "Alueen työmarkkinat tarvitsevat korkeasti koulutettuja, ja hakijoita on moninkertaisesti paikkoihin nähden.",
        "Regionens arbetsmarknad behöver högt utbildade, och sökandena är många gånger fler än platserna.",
        "The region's labour market needs highly educated people, and applicants outnumber places many times over.",
      ),
      target: L("Opetus- ja kulttuuriministeriö", "Undervisnings- och kulturministeriet", "Ministry of Education and Culture"),
      outcome: "adopted",
      evidence: L(
        "Korkeakoulujen aloituspaikkoja lisätään erityisesti alueilla, joilla osaajapula on suurin.",
        "Nybörjarplatserna vid högskolorna utökas särskilt i regioner där kompetensbristen är störst.",
        "Higher education intake will be increased especially in regions with the greatest shortage of skilled workers.",
      ),
    },
    {
      priority: "education",
      wording: L(
        "Toisen asteen koulutuksen rahoitus mitoitetaan pääkaupunkiseudun kasvavan ikäluokan mukaan.",
        "Finansieringen av utbildningen på andra stadiet dimensioneras enligt huvudstadsregionens växande årskullar.",
        "Funding of upper secondary education is set by the capital region's growing age groups.",
      ),
      justification: L(
        "Pääkaupunkiseudun nuorisoikäluokat kasvavat, kun muualla ne pienenevät.",
        "Ungdomsårskullarna i huvudstadsregionen växer medan de krymper på annat håll.",
        "Youth age groups are growing in the capital region while shrinking elsewhere.",
      ),
      target: L("Opetus- ja kulttuuriministeriö", "Undervisnings- och kulturministeriet", "Ministry of Education and Culture"),
      outcome: "not_adopted",
    },
    {
      priority: "digital",
      wording: L(
        "Valtio rahoittaa kuntien tiedonhallinnan yhteentoimivuuden kehittämistä.",
        "Staten finansierar utvecklingen av kommunernas interoperabla informationshantering.",
        "The state funds the development of interoperable information management in municipalities.",
      ),
      justification: L(
        "Yhteentoimivuusvaatimukset kasvattavat kuntien kustannuksia ilman vastaavaa rahoitusta.",
        "Kraven på interoperabilitet ökar kommunernas kostnader utan motsvarande finansiering.",
        "Interoperability requirements raise municipalities' costs without matching funding.",
      ),
      target: L("Valtiovarainministeriö", "Finansministeriet", "Ministry of Finance"),
      outcome: "not_adopted",
    },
    {
      priority: "climate",
      wording: L(
        "Kaupunkien ilmastotoimia tuetaan kohdennetulla valtion rahoituksella ja hiilineutraaliustavoitteet huomioidaan liikennehankkeissa.",
        "Städernas klimatåtgärder stöds med riktad statlig finansiering och målen om koldioxidneutralitet beaktas i trafikprojekt.",
        "Cities' climate action is supported with targeted state funding, and carbon-neutrality goals are taken into account in transport projects.",
      ),
      justification: L(
        "Helsingin tavoite on olla hiilineutraali vuonna 2030.",
        "Helsingfors mål är att vara koldioxidneutralt 2030.",
        "Helsinki aims to be carbon neutral in 2030.",
      ),
      target: L("Ympäristöministeriö, liikenne- ja viestintäministeriö", "Miljöministeriet, kommunikationsministeriet", "Ministry of the Environment, Ministry of Transport and Communications"),
      outcome: "adopted",
      evidence: L(
        "Hallitus jatkaa kaupunkiseutujen MAL-sopimuksia, joissa edistetään kestävää liikkumista.",
        "Regeringen fortsätter MBT-avtalen med stadsregionerna, som främjar hållbar mobilitet.",
        "The government continues the land use, housing and transport agreements with urban regions, which promote sustainable mobility.",
      ),
    },
    {
      priority: "labour",
      year: 2027,
      wording: L(
        "Kansainvälisten osaajien perheille tarjotaan englanninkielisiä palveluja koko maassa.",
        "Familjerna till internationella experter erbjuds tjänster på engelska i hela landet.",
        "Families of international talent are offered services in English across the country.",
      ),
      justification: L(
        "Perheiden palvelut ratkaisevat usein, jääkö osaaja Suomeen.",
        "Tjänsterna för familjerna avgör ofta om en expert stannar i Finland.",
        "Services for families often decide whether talent stays in Finland.",
      ),
      target: L("Työ- ja elinkeinoministeriö", "Arbets- och näringsministeriet", "Ministry of Economic Affairs and Employment"),
      outcome: "pending",
    },
  ];
  for (const [i, a] of asks.entries()) {
    const [row] = await tx
      .insert(governmentAsks)
      .values({
        isDemo: true,
        programmeYear: a.year ?? 2023,
        priorityId: p(a.priority),
        wording: a.wording,
        justification: a.justification,
        target: a.target,
        outcome: a.outcome,
        evidence: a.evidence ?? null,
        evidenceRef: a.evidence ? "Pääministeri Petteri Orpon hallituksen ohjelma 16.6.2023" : null,
        sortOrder: i,
      })
      .returning();
    if (!row) throw new Error("seed: ask");
    const snapshot = askSnapshot(row);
    await publish(tx, governmentAsks as unknown as PublishableTable, row.id, snapshot);
    await history(tx, "government_ask", row.id, { wording: row.wording, outcome: row.outcome }, snapshot);
  }
}

/** Scores of the closed 2023 round: priority → [executive, coordinator, admin]. */
const closedScores: Record<string, [number, number, number]> = {
  labour: [4, 4, 5],
  employment: [3, 4, 3],
  financing: [2, 3, 2],
  education: [4, 3, 4],
  digital: [4, 5, 4],
  climate: [3, 4, 4],
};
const closedNeeds: Record<string, string> = {
  financing: "Laskelmat rahoitusvajeesta pitää saada valmiiksi ennen budjettiriihtä.",
  employment: "Työllisyysalueen yhteistyö naapurikuntien kanssa vaatii selkeämmän vastuunjaon.",
  digital: "EU-vaikuttaminen onnistui; kansallinen toimeenpano tarvitsee enemmän resursseja.",
};

async function seedEvaluations(tx: Tx, p: (key: string) => string, u: (email: string) => string | null) {
  const people = ["executive@example.com", "coordinator@example.com", "admin@example.com", "editor@example.com"].map(u);
  if (people.some((x) => x === null)) return; // no demo accounts: no rounds to answer
  const [executive, coordinator, admin, editor] = people as [string, string, string, string];

  const [closed] = await tx
    .insert(evaluationRounds)
    .values({
      name: L("Edunvalvonnan sisäinen arviointi 2023", "Intern utvärdering av intressebevakningen 2023", "Internal evaluation of advocacy 2023"),
      opensOn: "2023-11-01",
      closesOn: "2023-11-30",
      anonymous: true,
      status: "closed",
      openedAt: new Date("2023-11-01T08:00:00Z"),
      closedAt: new Date("2023-12-01T08:00:00Z"),
    })
    .returning();
  if (!closed) throw new Error("seed: round");
  const keys = Object.keys(closedScores);
  const questions = await tx
    .insert(evaluationQuestions)
    .values(keys.map((k, i) => ({ roundId: closed.id, priorityId: p(k), sortOrder: i })))
    .returning();
  const respondents = [executive, coordinator, admin];
  for (const [ri, userId] of respondents.entries()) {
    const [r] = await tx
      .insert(evaluationRespondents)
      .values({ roundId: closed.id, userId, status: "submitted", submittedAt: new Date("2023-11-20T10:00:00Z") })
      .returning();
    if (!r) throw new Error("seed: respondent");
    await tx.insert(evaluationAnswers).values(
      keys.map((k, qi) => ({
        respondentId: r.id,
        questionId: questions[qi]!.id,
        score: closedScores[k]![ri]!,
        developmentNeeds: ri === 0 ? (closedNeeds[k] ?? null) : null,
      })),
    );
  }
  // The editor started but never submitted: a draft that does not count.
  const [late] = await tx.insert(evaluationRespondents).values({ roundId: closed.id, userId: editor, status: "draft" }).returning();
  if (late) await tx.insert(evaluationAnswers).values({ respondentId: late.id, questionId: questions[0]!.id, score: 1 });
  await recordAudit(tx, { entityType: "evaluation_round", entityId: closed.id, action: "create", version: 1, actor: null, after: { status: "closed" } });

  const [open] = await tx
    .insert(evaluationRounds)
    .values({
      name: L("Edunvalvonnan sisäinen arviointi 2025", "Intern utvärdering av intressebevakningen 2025", "Internal evaluation of advocacy 2025"),
      opensOn: day(-3),
      closesOn: day(21),
      anonymous: false,
      status: "open",
      openedAt: new Date(),
    })
    .returning();
  if (!open) throw new Error("seed: round");
  const openKeys = ["labour", "employment", "financing", "education", "digital", "climate", "innovation"];
  await tx.insert(evaluationQuestions).values(openKeys.map((k, i) => ({ roundId: open.id, priorityId: p(k), sortOrder: i })));
  await tx.insert(evaluationRespondents).values([executive, coordinator, editor].map((userId) => ({ roundId: open.id, userId })));
  await recordAudit(tx, { entityType: "evaluation_round", entityId: open.id, action: "create", version: 1, actor: null, after: { status: "open" } });
}
