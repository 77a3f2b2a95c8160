import ExcelJS from "exceljs";
import { expect, test } from "@playwright/test";
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
    await mapping.getByLabel("Verkosto").selectOption("name_fi");
    await mapping.getByLabel("Laji").selectOption("type");
    await mapping.getByLabel("Jäsenyys").selectOption("status");
    await mapping.getByLabel("Jäsen vuodesta").selectOption("status_since");
    await mapping.getByLabel("Vuosimaksu").selectOption("annual_fee");
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
    const good = await networksWorkbook([header, [`XLSX A ${stamp}`, "other", "member", 1994, 1250.5, "ei tuoda"], [`XLSX B ${stamp}`, "other", "member", "06/2022", 5, null]]);
    await file.setInputFiles({ name: "jasenyydet.xlsx", mimeType: XLSX, buffer: good });
    await mapping.getByLabel("Verkosto").selectOption("name_fi");
    await mapping.getByLabel("Laji").selectOption("type");
    await mapping.getByLabel("Jäsenyys").selectOption("status");
    await mapping.getByLabel("Jäsen vuodesta").selectOption("status_since");
    await mapping.getByLabel("Vuosimaksu").selectOption("annual_fee");
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("The file is fine: 2 rows, 2 new and 0 to update.")).toBeVisible();
    await page.getByRole("button", { name: "Import the file" }).click();
    await expect(page.getByText("Import complete: 2 rows, 2 new, 0 updated, 0 unchanged.")).toBeVisible();

    await page.reload();
    await page.getByLabel("File (CSV or Excel .xlsx)", { exact: true }).setInputFiles({ name: "again.xlsx", mimeType: XLSX, buffer: good });
    await expect(page.getByRole("group", { name: "Columns of the file" }).getByLabel("Jäsen vuodesta")).toHaveValue("status_since");

    // Year-only and month-only dates are shown as such.
    await page.goto(`/en/staff/networks?q=${encodeURIComponent(`XLSX A ${stamp}`)}`);
    await expect(page.getByText("since 1994")).toBeVisible();
    await page.goto(`/en/staff/networks?q=${encodeURIComponent(`XLSX B ${stamp}`)}`);
    await expect(page.getByText("since 06/2022")).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
