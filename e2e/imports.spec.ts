import ExcelJS from "exceljs";
import { expect, test, type Locator } from "@playwright/test";
import { e2eSql } from "./db";
import { expectNoAxeViolations, storageState } from "./helpers";

/** A workbook as city staff keep it: a title row, their own column names, a blank row between entries. */
async function networksWorkbook(rows: (string | number | Date | null)[][]): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("Jäsenyydet");
  rows.forEach((cells, i) => {
    const row = ws.getRow(i + 1);
    cells.forEach((v, j) => {
      if (v !== null) row.getCell(j + 1).value = v;
    });
    row.commit();
  });
  return Buffer.from(await wb.xlsx.writeBuffer());
}

const XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/** The mapping step: each of the file's own column names (the label of its choice) mapped by hand to the app's column. */
async function mapColumns(mapping: Locator, columns: Record<string, string>) {
  for (const [name, column] of Object.entries(columns)) await mapping.getByLabel(name).selectOption(column);
}

/** The network sheet's own column names, none of which the app knows. */
const networkColumns = { Verkosto: "name_fi", Laji: "type", Jäsenyys: "status", "Jäsen vuodesta": "status_since", Vuosimaksu: "annual_fee" };
/** The follow-up sheet's own column names; its "Progress %" is the round's, not the measure's the app would map it to. */
const roundColumns = { "Toimenpiteen tunnus": "id", Tilannekuvaus: "round_narrative_fi", Lägesbeskrivning: "round_narrative_sv", "Progress %": "round_progress" };

test.describe("the one import flow, with an .xlsx file", () => {
  test.use({ storageState: storageState("coordinator") });

  test("a network sheet in the person's own columns: mapped, previewed with every problem by sheet row, then imported; axe finds nothing", async ({ page }) => {
    test.slow();
    const stamp = Date.now().toString(36);
    const header = ["Verkosto", "Laji", "Jäsenyys", "Jäsen vuodesta", "Vuosimaksu", "Oma huomio"];
    const bad = await networksWorkbook([
      ["Helsingin jäsenyydet"],
      header,
      [`XLSX A ${stamp}`, "other", "member", 1994, 1250.5, "ei tuoda"],
      [],
      [`XLSX B ${stamp}`, "nonsense", "member", "06/2022", -5, null],
    ]);
    await page.goto("/en/staff/networks/transfer");
    const file = page.getByLabel("File (CSV or Excel .xlsx)", { exact: true });
    await file.setInputFiles({ name: "jasenyydet.xlsx", mimeType: XLSX, buffer: bad });

    // The mapping step: the file's own names, mapped by hand where the app does not know them.
    const mapping = page.getByRole("group", { name: "Columns of the file" });
    await expect(mapping).toContainText("XLSX file, 2 data rows.");
    await mapColumns(mapping, networkColumns);
    await expect(mapping.getByLabel("Oma huomio")).toHaveValue("");
    await expectNoAxeViolations(page);

    // Preview: both problems of the sheet's row 5 at once, nothing saved.
    await page.getByRole("button", { name: "Check the file" }).click();
    const errors = page.getByRole("table", { name: /Errors/ });
    await expect(errors.getByRole("row")).toHaveCount(3);
    await expect(errors.getByRole("row").nth(1)).toContainText("5");
    await expect(errors).toContainText("The amount cannot be negative.");
    await expectNoAxeViolations(page);

    // The corrected sheet: the mapping is remembered from the file's column names once an import runs.
    // The third membership's source gives no date at all: it goes in as "not known".
    const good = await networksWorkbook([header, [`XLSX A ${stamp}`, "other", "member", 1994, 1250.5, "ei tuoda"], [`XLSX B ${stamp}`, "other", "member", "06/2022", 5, null], [`XLSX C ${stamp}`, "other", "member", null, 7, null]]);
    await file.setInputFiles({ name: "jasenyydet.xlsx", mimeType: XLSX, buffer: good });
    await mapColumns(mapping, networkColumns);
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("The file is fine: 3 rows, 3 new and 0 to update.")).toBeVisible();
    // The check ran as a progress job: its bar ends at the file's total.
    const checked = page.getByRole("progressbar", { name: "Rows checked" });
    await expect(checked).toHaveAttribute("aria-valuemax", "3");
    await expect(checked).toHaveAttribute("aria-valuenow", "3");
    await page.getByRole("button", { name: "Import the file" }).click();
    await expect(page.getByText("Import complete: 3 rows, 3 new, 0 updated, 0 unchanged.")).toBeVisible();
    const written = page.getByRole("progressbar", { name: "Rows written" });
    await expect(written).toHaveAttribute("aria-valuemax", "3");
    await expect(written).toHaveAttribute("aria-valuenow", "3");
    await expect(written).toHaveAttribute("aria-valuetext", "3 of 3 rows");
    await expectNoAxeViolations(page);

    await page.reload();
    await page.getByLabel("File (CSV or Excel .xlsx)", { exact: true }).setInputFiles({ name: "again.xlsx", mimeType: XLSX, buffer: good });
    await expect(page.getByRole("group", { name: "Columns of the file" }).getByLabel("Jäsen vuodesta")).toHaveValue("status_since");

    // Year-only and month-only dates are shown as such.
    await page.goto(`/en/staff/networks?q=${encodeURIComponent(`XLSX A ${stamp}`)}`);
    await expect(page.getByText("since 1994")).toBeVisible();
    await page.goto(`/en/staff/networks?q=${encodeURIComponent(`XLSX B ${stamp}`)}`);
    await expect(page.getByText("since 06/2022")).toBeVisible();
    await page.goto(`/en/staff/networks?q=${encodeURIComponent(`XLSX C ${stamp}`)}`);
    await expect(page.getByText("since: not known")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("measures' round texts from an .xlsx file", () => {
  test.use({ storageState: storageState("coordinator") });
  test.describe.configure({ timeout: 120_000 });

  test("into an open round: the person's own columns mapped, every problem by sheet row, then imported and written; axe finds nothing", async ({ page }) => {
    const stamp = Date.now().toString(36);
    const sql = e2eSql();
    const [measure] = await sql<{ id: string }[]>`select id from measures where archived_at is null order by sort_order, id limit 1`;
    await sql.end();

    // A round of its own, far after the demo's and the other specs' rounds (so none of them starts from its texts).
    await page.goto("/fi/staff/strategy/rounds");
    const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Avaa kierros" }) });
    await form.getByLabel("Strategiakausi").selectOption({ label: "Valtuustokausi 2021–2025" });
    const name = form.getByRole("group", { name: /Nimi/ });
    await name.getByLabel("Suomeksi").fill(`Tuonti ${stamp}`);
    await form.getByLabel(/Tilannepäivä/).fill("30.6.2029");
    await form.getByRole("button", { name: "Avaa kierros" }).click();
    await expect(page.getByRole("heading", { level: 1, name: `Tuonti ${stamp}` })).toBeVisible();
    const roundUrl = page.url().split("?")[0]!.replace("/fi/", "/en/");

    await page.goto(roundUrl);
    await page.getByRole("link", { name: "Import round texts from a file" }).click();
    await expect(page.getByRole("heading", { level: 1, name: /Import measures and round texts/ })).toBeVisible();

    const sheet = async (progress: number, id: string) => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Seuranta");
      ws.addRow([`Seuranta ${stamp}`]);
      ws.addRow(["Toimenpiteen tunnus", "Tilannekuvaus", "Lägesbeskrivning", "Round status", "Progress %"]);
      ws.addRow([measure!.id, `Tuotu taulukosta ${stamp}`, `Importerat ${stamp}`, "Myöhässä", progress]);
      ws.addRow([id, "Toinen", null, "late", 10]);
      return Buffer.from(await wb.xlsx.writeBuffer());
    };
    const file = page.getByLabel("File (CSV or Excel .xlsx)", { exact: true });
    const map = async () => {
      const mapping = page.getByRole("group", { name: "Columns of the file" });
      await expect(mapping).toContainText("XLSX file, 2 data rows.");
      // "Round status" maps itself; "Progress %" would map itself to the measure's progress, so it is mapped by hand.
      await expect(mapping.getByLabel("Round status")).toHaveValue("round_status");
      await mapColumns(mapping, roundColumns);
    };

    await file.setInputFiles({ name: "seuranta.xlsx", mimeType: XLSX, buffer: await sheet(120, "00000000-0000-4000-8000-000000000000") });
    await map();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Check the file" }).click();
    const errors = page.getByRole("table", { name: /Errors/ });
    await expect(errors.getByRole("row")).toHaveCount(3);
    await expect(errors.getByRole("row").nth(1)).toContainText("3");
    await expect(errors.getByRole("row").nth(1)).toContainText("Enter a whole number from 0 to 100.");
    await expect(errors.getByRole("row").nth(2)).toContainText("4");
    await expectNoAxeViolations(page);

    await file.setInputFiles({ name: "seuranta.xlsx", mimeType: XLSX, buffer: await sheet(45, measure!.id) });
    await map();
    // The same measure twice is a problem of the sheet too; the corrected sheet keeps one row.
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByRole("table", { name: /Errors/ })).toContainText("4");
    const good = await (async () => {
      const wb = new ExcelJS.Workbook();
      const ws = wb.addWorksheet("Seuranta");
      ws.addRow([`Seuranta ${stamp}`]);
      ws.addRow(["Toimenpiteen tunnus", "Tilannekuvaus", "Lägesbeskrivning", "Round status", "Progress %"]);
      ws.addRow([measure!.id, `Tuotu taulukosta ${stamp}`, `Importerat ${stamp}`, "Myöhässä", 45]);
      return Buffer.from(await wb.xlsx.writeBuffer());
    })();
    await file.setInputFiles({ name: "seuranta.xlsx", mimeType: XLSX, buffer: good });
    const mapping = page.getByRole("group", { name: "Columns of the file" });
    await expect(mapping).toContainText("XLSX file, 1 data row.");
    await mapColumns(mapping, roundColumns);
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("The file is fine: 1 rows, 0 new and 1 to update.")).toBeVisible();
    await page.getByRole("button", { name: "Import the file" }).click();
    await expect(page.getByText("Import complete: 1 rows, 0 new, 1 updated, 0 unchanged.")).toBeVisible();

    // The round now has that measure's text written.
    await page.goto(roundUrl);
    await expect(page.getByText(/^1 of \d+ measures/)).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
