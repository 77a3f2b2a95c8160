import { beforeAll, describe, expect, it } from "vitest";
import { GET } from "@/app/[locale]/reports/[id]/pdf/route";
import { openRound } from "@/app/[locale]/staff/strategy/rounds/actions";
import type { Db } from "@/db/client";
import { publishedReports } from "@/db/queries/strategy/rounds";
import { strategyPeriods } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { flatText, readPdf } from "../helpers/pdf-text";

/** The PDF of a published follow-up report: the frozen round in the reader's language; no PDF for a round not published. */
const getDb = setupTestDatabase({ demo: true });
let db: Db;
let coordinator: Actor;
let seedId: string;

const pdf = (locale: string, id: string) => GET(new Request(`http://localhost/${locale}/reports/${id}/pdf`), { params: Promise.resolve({ locale, id }) });
beforeAll(async () => {
  db = await getDb();
  coordinator = await actorByEmail(db, "coordinator@example.com");
  seedId = (await publishedReports(db)).find((r) => r.cutOffDate === "2022-05-31")!.id;
});

describe("the follow-up report as a PDF", () => {
  it("is the frozen round in Finnish: goals, priorities, measures with narrative, status, progress and date; metadata in Finnish; demo marked", async () => {
    const res = await pdf("fi", seedId);
    expect(res.status).toBe(200);
    expect(res.headers.get("content-type")).toBe("application/pdf");
    expect(res.headers.get("content-disposition")).toContain("seurantaraportti-2022-05-31-fi.pdf");
    const file = Buffer.from(await res.arrayBuffer());
    const read = readPdf(file);
    expect(read.declaredCount).toBe(read.pageCount);
    const text = flatText(read.pages);
    expect(text).toContain("Helsingin kaupunki");
    expect(text).toContain("Seuranta 05/2022");
    expect(text).toContain("Kansainvälisen toiminnan linjausten ja painopisteiden päivitys vuosille 2022–2025");
    expect(text).toContain("Päivityksessä huomioidaan uusi kaupunkistrategia");
    expect(text).toContain("Tilanne 31.5.2022");
    expect(text).toMatch(/Edistyminen \d+ %/);
    expect(text).toContain(`Sivu 1/${read.pageCount}`);
    expect(text).toContain("Esittelyaineistoa");
    expect(text).not.toContain("\ufffd");
    expect(read.info).toContain("Seuranta 05/2022");
    expect(read.info).toContain("Helsingin kaupunki");
  });

  it("in Swedish and English: labels, metadata and å ä ö as text", async () => {
    const sv = readPdf(Buffer.from(await (await pdf("sv", seedId)).arrayBuffer()));
    const svText = flatText(sv.pages);
    expect(svText).toContain("Helsingfors stad");
    expect(svText).toContain("Uppföljning 05/2022");
    expect(svText).toMatch(/Framsteg \d+ %/);
    expect(svText).toMatch(/[åäö]/);
    expect(sv.info).toContain("Uppföljning 05/2022");
    const en = readPdf(Buffer.from(await (await pdf("en", seedId)).arrayBuffer()));
    expect(flatText(en.pages)).toContain("Situation on 31 May 2022");
    expect(en.info).toContain("City of Helsinki");
  });

  it("a round not published has no PDF (404, in the reader's language); nor an unknown or malformed id", async () => {
    const periodId = (await db.select().from(strategyPeriods))[0]!.id;
    const opened = await openRound.execute(coordinator, { periodId, nameFi: "Seuranta 11/2022", cutOffDate: "30.11.2022" });
    const { id } = (opened as { data: { id: string } }).data;
    const draft = await pdf("fi", id);
    expect(draft.status).toBe(404);
    expect(await draft.text()).toContain("Julkaistua seurantaraporttia ei löytynyt");
    expect((await pdf("sv", "00000000-0000-0000-0000-000000000000")).status).toBe(404);
    expect((await pdf("en", "not-an-id")).status).toBe(404);
  });
});
