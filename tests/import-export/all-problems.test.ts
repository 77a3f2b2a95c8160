import { describe, expect, it } from "vitest";
import { importProjects } from "@/app/[locale]/staff/funding/import/actions";
import { checkNetworksImport, importNetworks } from "@/app/[locale]/staff/networks/transfer/actions";
import type { Db } from "@/db/client";
import { rowErrorsFromFields } from "@/lib/import-export/import";
import type { Actor } from "@/lib/permissions";
import { demoDatabaseAs } from "../helpers/actors";
import { changedTables, databaseChecksum } from "../helpers/checksum";

/**
 * Issue 15 item 1 (part): every problem of a file at once — cell checks and
 * database checks together — and problems of the header line named as such,
 * not as "1 bad row".
 */
let db: Db;
let coordinator: Actor;
demoDatabaseAs("coordinator@example.com", (r) => ({ db, actor: coordinator } = r));

describe("every problem at once", () => {
  it("networks: a bad cell on one row and an unknown unit on another are reported together", async () => {
    const csv = [
      "name_fi;type;status;status_since;unit",
      "Uusi verkosto A;not-a-type;member;2020-01-01;",
      "Uusi verkosto B;other;member;2020-01-01;NO-SUCH-UNIT",
    ].join("\r\n");
    const before = await databaseChecksum(db);
    for (const action of [checkNetworksImport, importNetworks]) {
      const r = await action.execute(coordinator, { csv });
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.message).toEqual({ key: "errors.importRejected", params: { rows: 2 } });
      expect(rowErrorsFromFields(r.fields).map((e) => [e.line, e.column, e.message.key])).toEqual([
        [2, "type", "errors.choice"],
        [3, "unit", "networkTransfer.errors.unknownUnit"],
      ]);
    }
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });
});

describe("header problems are header problems", () => {
  it("an unknown and a missing column are reported on the header line, not as a bad row", async () => {
    const r = await importProjects.execute(coordinator, { csv: "external_id;name_fi;mystery\r\nX-1;Nimi;?\r\n" });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.message).toEqual({ key: "errors.importHeaderRejected", params: { problems: 2 } });
    expect(rowErrorsFromFields(r.fields).map((e) => [e.line, e.message.key])).toEqual([
      [1, "import.unknownColumn"],
      [1, "import.missingColumn"],
    ]);
    // (status_since may be left out: a membership whose date no source gives; status may not.)
    const n = await importNetworks.execute(coordinator, { csv: "name_fi;type;status_since\r\nX;other;1994\r\n" });
    expect(n).toMatchObject({ ok: false, message: { key: "errors.importHeaderRejected", params: { problems: 1 } } });
  });
});
