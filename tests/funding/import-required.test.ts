import { eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { checkProjectImport, importProjects } from "@/app/[locale]/staff/funding/import/actions";
import type { Db } from "@/db/client";
import { euProjects } from "@/db/schema";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import type { Actor } from "@/lib/permissions";
import { createActor } from "../helpers/actors";
import { changedTables, databaseChecksum } from "../helpers/checksum";
import { setupTestDatabase } from "../helpers/db";

/**
 * Issue 15: a missing role or status in the EU import is an error, never
 * silently "partner" or "idea". A column the file lacks keeps the stored value.
 */
const getDb = setupTestDatabase();
let db: Db;
let coordinator: Actor;

const byExternalId = async (id: string) => (await db.select().from(euProjects).where(eq(euProjects.externalId, id)))[0];

beforeAll(async () => {
  db = await getDb();
  coordinator = await createActor(db, "coordinator");
});

describe("role and status have no silent default", () => {
  it("a new project without role or status is refused with both problems, by row, and nothing is saved", async () => {
    const csv = ["external_id;name_fi;programme;status;role", "REQ-1;Ilman roolia;HORIZON;ongoing;", "REQ-2;Ilman tilaa;HORIZON;;partner"].join("\r\n");
    const before = await databaseChecksum(db);
    for (const action of [checkProjectImport, importProjects]) {
      const r = await action.execute(coordinator, { csv });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(rowErrorsFromFields(r.fields).map((e) => [e.line, e.column, e.message.key])).toEqual([
        [2, "role", "errors.required"],
        [3, "status", "errors.required"],
      ]);
    }
    const absent = await importProjects.execute(coordinator, { csv: "external_id;name_fi;programme\r\nREQ-3;Ei kumpaakaan;HORIZON\r\n" });
    expect(absent.ok).toBe(false);
    if (!absent.ok) expect(rowErrorsFromFields(absent.fields).map((e) => e.column)).toEqual(["role", "status"]);
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });

  it("an update may leave the columns out (kept), but cannot empty them", async () => {
    const created = await importProjects.execute(coordinator, { csv: "external_id;name_fi;programme;status;status_date;role\r\nREQ-4;Koordinoitu;HORIZON;ongoing;2024-01-01;coordinator\r\n" });
    expect(created.ok ? created.data : created).toMatchObject({ created: 1 });
    const kept = await importProjects.execute(coordinator, { csv: "external_id;name_fi;programme\r\nREQ-4;Koordinoitu uusi;HORIZON\r\n" });
    expect(kept.ok ? kept.data : kept).toMatchObject({ updated: 1 });
    expect(await byExternalId("REQ-4")).toMatchObject({ role: "coordinator", status: "ongoing", name: { fi: "Koordinoitu uusi" } });
    const emptied = await importProjects.execute(coordinator, { csv: "external_id;name_fi;programme;role;status\r\nREQ-4;Koordinoitu;HORIZON;;\r\n" });
    expect(emptied.ok).toBe(false);
    if (!emptied.ok) expect(rowErrorsFromFields(emptied.fields).map((e) => [e.line, e.column])).toEqual([[2, "role"], [2, "status"]]);
    expect(await byExternalId("REQ-4")).toMatchObject({ role: "coordinator", status: "ongoing" });
  });
});
