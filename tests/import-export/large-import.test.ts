import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { count } from "drizzle-orm";
import { beforeAll, describe, expect, it, vi } from "vitest";
import { POST as fundingImport } from "@/app/api/funding/import/route";
import { euProjects } from "@/db/schema";
import { countCsvRows, IMPORT_ROWS_HEADER, IMPORT_SHA256_HEADER } from "@/lib/import-export/integrity";
import { MAX_IMPORT_BYTES } from "@/lib/import-export/route";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";

const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor }));

const getDb = setupTestDatabase({ demo: true });

/** A 15 MB EU project file: 3 000 projects with long internal notes. */
function bigFile(): Uint8Array {
  const lines = ["external_id;name_fi;programme;status;role;status_date;unit;internal_notes"];
  const notes = "Pitkä muistiinpano hankkeesta. ".repeat(160); // ~5 000 characters
  for (let i = 0; i < 3000; i++) lines.push(`BIG-${String(i).padStart(5, "0")};Iso hanke ${i};HORIZON;ongoing;partner;1.1.2025;KANS;${notes.slice(0, 4990)}`);
  return new TextEncoder().encode(lines.join("\r\n") + "\r\n");
}

const sha256 = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

function post(body: Uint8Array, headers: Record<string, string>, check = true) {
  return fundingImport(
    new Request(`http://localhost/api/funding/import${check ? "?check=1" : ""}`, {
      method: "POST",
      headers: { "content-type": "text/csv; charset=utf-8", ...headers },
      body: body as BodyInit,
    }),
  );
}

beforeAll(async () => {
  current.actor = await actorByEmail(await getDb(), "coordinator@example.com");
});

describe("large imports are never cut", () => {
  it("the proxy keeps more of a body than the import routes accept (next.config.js)", () => {
    const config = createRequire(import.meta.url)("../../next.config.js") as { experimental?: { proxyClientMaxBodySize?: number } };
    expect(config.experimental?.proxyClientMaxBodySize).toBeGreaterThan(MAX_IMPORT_BYTES);
  });

  it("a 15 MB file arrives whole and checks; the same file cut at 10 MB (what the proxy used to pass) is refused, nothing saved", async () => {
    const file = bigFile();
    expect(file.length).toBeGreaterThan(15_000_000);
    expect(file.length).toBeLessThan(MAX_IMPORT_BYTES);
    const headers = { [IMPORT_SHA256_HEADER]: sha256(file), [IMPORT_ROWS_HEADER]: "3000" };
    expect(countCsvRows(new TextDecoder().decode(file))).toBe(3000);

    const whole = await post(file, headers);
    expect(whole.status).toBe(200);
    expect(await whole.json()).toMatchObject({ ok: true, data: { total: 3000, created: 3000 } });

    // Cut at the last line break before 10 MB: still a well-formed file of fewer rows.
    const tenMb = 10 * 1024 * 1024;
    const cut = file.slice(0, file.lastIndexOf(10, tenMb) + 1);
    for (const check of [true, false]) {
      const refused = await post(cut, headers, check);
      expect(refused.status).toBe(400);
      expect(await refused.json()).toEqual({ ok: false, code: "invalid", message: { key: "import.incomplete" } });
    }
    // Either check alone is enough.
    expect((await post(cut, { [IMPORT_SHA256_HEADER]: sha256(file) })).status).toBe(400);
    expect((await post(cut, { [IMPORT_ROWS_HEADER]: "3000" })).status).toBe(400);
    const [row] = await (await getDb()).select({ n: count() }).from(euProjects);
    const before = row?.n ?? 0;
    expect((await post(cut, headers, false)).status).toBe(400);
    const [after] = await (await getDb()).select({ n: count() }).from(euProjects);
    expect(after?.n).toBe(before);
  });

  it("a malformed row count or hash is refused too", async () => {
    const small = new TextEncoder().encode("external_id;name_fi;programme;status;role\nS-1;Pieni;HORIZON;idea;partner\n");
    const malformed: Record<string, string>[] = [{ [IMPORT_ROWS_HEADER]: "-1" }, { [IMPORT_ROWS_HEADER]: "1e3" }, { [IMPORT_ROWS_HEADER]: "2" }, { [IMPORT_SHA256_HEADER]: "abc" }];
    for (const headers of malformed) {
      expect((await post(small, headers)).status).toBe(400);
    }
    expect((await post(small, { [IMPORT_ROWS_HEADER]: "1", [IMPORT_SHA256_HEADER]: sha256(small).toUpperCase() })).status).not.toBe(400);
  });

  it("counts CSV rows as the parser sees them: quoted line breaks, CRLF, blank lines, no final newline", () => {
    expect(countCsvRows("a;b\n1;2\n3;4")).toBe(2);
    expect(countCsvRows("a;b\r\n1;\"two\r\nlines\"\r\n\r\n3;4\r\n")).toBe(2);
    expect(countCsvRows('a;b\n1;"say ""hi""\n2"\n')).toBe(1);
    expect(countCsvRows("")).toBe(0);
    expect(countCsvRows("header only\n")).toBe(0);
  });
});
