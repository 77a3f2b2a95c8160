import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { createProject, publishProject } from "@/app/[locale]/staff/funding/actions";
import { importProjects } from "@/app/[locale]/staff/funding/import/actions";
import type { Db } from "@/db/client";
import { euSecuredPerYear } from "@/db/queries/funding/indicators";
import { euByYear } from "@/db/queries/funding/portfolio";
import { getPublishedProject } from "@/db/queries/funding/public";
import { euProjects } from "@/db/schema";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import { euProjectRecord } from "@/lib/open-data/serialize-areas";
import type { Actor } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { createActor } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { programmeId, projectForm } from "./helpers";

/**
 * Issue 15 item 2: an EU project's start and end may be known only to the
 * month ("06/2017") or the year ("2017"), as CORDIS or a decision gives them.
 * Stored with their precision (the one partial-date helper, lib/strategy/dates.ts),
 * shown as such, never widened to an invented day; figures by start year
 * count them in their year and a project with no start apart.
 */
const getDb = setupTestDatabase();
let db: Db;
let coordinator: Actor;
let horizon: string;
const byExternalId = async (id: string) => (await db.select().from(euProjects).where(eq(euProjects.externalId, id)))[0];
const outcome = (r: { ok: boolean; data?: unknown; fields?: unknown }) => (r.ok ? r.data : rowErrorsFromFields((r.fields ?? {}) as Parameters<typeof rowErrorsFromFields>[0]));

beforeAll(async () => {
  db = await getDb();
  coordinator = await createActor(db, "coordinator");
  horizon = await programmeId(db, "HORIZON");
});

const file = [
  "external_id;name_fi;name_sv;programme;status;role;eu_contribution;start_date;end_date",
  "PD-Y;Vuosi;År;HORIZON;ongoing;partner;100;2017;2020",
  "PD-M;Kuukausi;Månad;HORIZON;closed;partner;200;06/2017;2021-03",
  "PD-D;Päivä;Dag;HORIZON;granted;partner;;15.6.2017;30.6.2017",
  "PD-N;Ei päivää;Inget datum;HORIZON;ongoing;partner;400;;",
  "PD-E;Kuukausiloppu;Månadsslut;HORIZON;ongoing;partner;50;15.6.2019;06/2019",
].join("\r\n");

describe("EU project dates known to the month or the year", () => {
  it("the import stores a year, a month, a day or nothing with its precision; an end month counts to its last day", async () => {
    expect(outcome(await importProjects.execute(coordinator, { csv: file }))).toMatchObject({ created: 5 });
    expect(await byExternalId("PD-Y")).toMatchObject({ startDate: "2017-01-01", startPrecision: "year", endDate: "2020-01-01", endPrecision: "year" });
    expect(await byExternalId("PD-M")).toMatchObject({ startDate: "2017-06-01", startPrecision: "month", endDate: "2021-03-01", endPrecision: "month" });
    expect(await byExternalId("PD-D")).toMatchObject({ startDate: "2017-06-15", startPrecision: "day", endDate: "2017-06-30", endPrecision: "day" });
    expect(await byExternalId("PD-N")).toMatchObject({ startDate: null, endDate: null });
    expect(await byExternalId("PD-E")).toMatchObject({ startDate: "2019-06-15", endDate: "2019-06-01", endPrecision: "month" });

    const bad = await importProjects.execute(coordinator, { csv: "external_id;name_fi;programme;start_date;end_date\r\nPD-B1;Huono;HORIZON;06/2020;2019\r\nPD-B2;Huono;HORIZON;13/2020;\r\n" });
    expect(bad.ok).toBe(false);
    if (!bad.ok) expect(rowErrorsFromFields(bad.fields!).map((e) => [e.line, e.column, e.message.key])).toEqual([
      [2, "end_date", "errors.endBeforeStart"],
      [3, "start_date", "errors.flexibleDate"],
    ]);
    expect(await byExternalId("PD-B1")).toBeUndefined();
  });

  it("per start year: year and month starts count in their year; a project with no start is counted apart, as is an unknown share", async () => {
    const buckets = await euByYear(db, "staff");
    expect(buckets).toEqual([
      { key: "2017", projects: 3, euCents: 300_00, unknown: 1 },
      { key: "2019", projects: 1, euCents: 50_00, unknown: 0 },
      { key: "none", projects: 1, euCents: 400_00, unknown: 0 },
    ]);
    expect(await euSecuredPerYear(db, "staff", [2017, 2019])).toEqual([
      { date: "2017-12-31", value: "300.00", unknown: 1 },
      { date: "2019-12-31", value: "50.00", unknown: 0 },
    ]);
  });

  it("the form saves a year and a month; published, the public page and open data show them at their precision, no day invented", async () => {
    const r = await createProject.execute(coordinator, projectForm({ externalId: "PD-FORM", programmeId: horizon, status: "ongoing", statusDate: "2024-01-01", startDate: "2016", endDate: "06/2020" }));
    if (!r.ok) throw new Error(JSON.stringify(r));
    expect(await byExternalId("PD-FORM")).toMatchObject({ startDate: "2016-01-01", startPrecision: "year", endDate: "2020-06-01", endPrecision: "month" });
    expect((await publishProject.execute(coordinator, { id: r.data.id, version: 1 })).ok).toBe(true);
    const pub = (await getPublishedProject(db, r.data.id))!;
    expect(pub).toMatchObject({ startDate: "2016-01-01", startPrecision: "year", endDate: "2020-06-01", endPrecision: "month" });
    // What the public page writes (app/[locale]/eu-projects/[id]/page.tsx), in each language.
    for (const locale of ["fi", "sv", "en"]) {
      expect(formatFlexibleDate(pub.startDate, pub.startPrecision, locale)).toBe("2016");
      expect(formatFlexibleDate(pub.endDate, pub.endPrecision, locale)).toBe("06/2020");
    }
    const record = euProjectRecord({ ...pub, publishedAt: null } as never, { programmes: new Map() } as never, new Set(), (p) => p);
    expect(record).toMatchObject({ startDate: "2016", startPrecision: "year", endDate: "2020-06", endPrecision: "month" });
    const none = euProjectRecord({ ...pub, startDate: null, endDate: null, publishedAt: null } as never, { programmes: new Map() } as never, new Set(), (p) => p);
    expect(none).toMatchObject({ startDate: null, endDate: null });
  });
});
