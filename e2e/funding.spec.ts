import { expect, test, type Page } from "@playwright/test";
import { parseMoney } from "../lib/money";
import { expectNoAxeViolations, storageState } from "./helpers";

/** A figure's table on the printable figures page (every table open there): the row of one item. */
const rowOf = (page: Page, table: RegExp, name: string | RegExp) => page.getByRole("region", { name: table }).getByRole("row").filter({ has: page.getByRole("rowheader", { name }) });
const programmeTable = /^Secured EU money by programme – /;
const heatTable = /^Priorities × programmes – /;
/** Euros in a row's cell (the first: a figure's euros; the last: a heat-map row's total) as cents (0 when the row is absent), so the test holds on a database earlier runs have used. */
async function cellCents(row: ReturnType<Page["locator"]>, which: "first" | "last"): Promise<number> {
  if ((await row.count()) === 0) return 0;
  return parseMoney((await row.getByRole("cell")[which]().innerText()).trim()) ?? 0;
}

test.describe("EU funding, as a coordinator", () => {
  test.use({ storageState: storageState("coordinator") });

  test("imports a CSV, aligns a project to a priority, and the figures and heat-map follow; the public sees no internal fields", async ({ page, browser }) => {
    test.slow(); // a whole workflow across seven pages
    const id = `E2E-${Date.now().toString(36)}`;
    const acronym = `JTF${Date.now().toString(36).slice(-5).toUpperCase()}`;
    // The Just Transition Fund has no demo projects: its money appears only through this import.
    const csv = [
      "external_id;name_fi;name_sv;name_en;acronym;programme;status;status_date;role;total_budget;eu_contribution;own_funding;start_date;end_date;unit;risk_level;internal_notes",
      `${id};Oikeudenmukainen siirtymä Helsingissä;Rättvis omställning i Helsingfors;Just transition in Helsinki ${acronym};${acronym};JTF;granted;1.3.2025;coordinator;2 000 000;1 234 567,89;500 000;1.1.2026;31.12.2028;KANS;high;SISÄINEN-HUOMIO-${id}`,
    ].join("\n");

    await page.goto("/en/staff/funding");
    const securedBefore = await page.getByTestId("secured-total").innerText();
    const programmeRow = rowOf(page, programmeTable, /Just Transition Fund/);
    const heatRow = rowOf(page, heatTable, /ensuring sufficient funding of social/);
    await page.goto("/en/staff/funding/figures");
    const programmeBefore = await cellCents(programmeRow, "first");

    await page.goto("/en/staff/funding/import");
    await page.getByLabel("File (CSV or Excel .xlsx)").setInputFiles({ name: "projects.csv", mimeType: "text/csv", buffer: Buffer.from(csv, "utf8") });
    await page.getByRole("button", { name: "Check the file" }).click();
    await expect(page.getByText("The file is fine: 1 rows, 1 new and 0 to update.")).toBeVisible();
    await page.getByRole("button", { name: "Import the file" }).click();
    await expect(page.getByText("Import complete: 1 rows, 1 new, 0 updated, 0 unchanged.")).toBeVisible();

    // The portfolio figures: more secured money, and the programme appears with the exact amount.
    await page.goto("/en/staff/funding");
    await expect(page.getByTestId("secured-total")).not.toHaveText(securedBefore);
    // A chart's numbers open on request, fetched from the chart route.
    const programmeFigure = page.getByRole("region", { name: "Secured EU money by programme" });
    await programmeFigure.getByText("Show the numbers as a table").click();
    await expect(programmeFigure.getByRole("row", { name: /Just Transition Fund/ })).toContainText("€1,234,567.89");
    await expect(page.getByRole("img", { name: /^Chart: Priorities × programmes\./ })).toBeVisible();
    // Every table is open on the printable page.
    await page.getByRole("link", { name: "Printable page: every chart with its table" }).click();
    expect(await cellCents(programmeRow, "first")).toBe(programmeBefore + 123456789);
    const heatBefore = await cellCents(heatRow, "last");
    await expect(page.getByRole("region", { name: heatTable }).getByRole("columnheader", { name: "Just Transition Fund (JTF)" })).toBeVisible();

    // The new project is flagged as not aligned; align it to a priority with no funding yet.
    await page.goto(`/en/staff/funding/projects?q=${acronym}`);
    await page.getByRole("link", { name: new RegExp(acronym) }).click();
    await expect(page.getByText("This project is not aligned to any priority.")).toBeVisible();
    await page.getByLabel("Priority").selectOption({ label: "Securing the city's financial operating conditions, especially by ensuring sufficient funding of social and health services and of rescue services (Helsinki is an active national influencer)" });
    await page.getByLabel("Strength").selectOption("3");
    await page.getByLabel("Justification").fill("Tukee palvelujen rahoituspohjaa.");
    await page.getByRole("button", { name: "Save alignment" }).click();
    await expect(page.getByRole("row", { name: /ensuring sufficient funding of social/ })).toContainText("3 – strong");
    await expect(page.getByText("This project is not aligned to any priority.")).toHaveCount(0);

    await page.goto("/en/staff/funding/figures");
    // The priority's row in the heat-map: its total grows by the project's money (whole euros) and it is no longer "no funding".
    expect(await cellCents(heatRow, "last")).toBe(heatBefore + 123456800);
    await expect(heatRow).not.toContainText("no funding");

    // Publish it, then read the public page signed out.
    await page.goto(`/en/staff/funding/projects?q=${acronym}`);
    await page.getByRole("link", { name: new RegExp(acronym) }).click();
    await page.getByRole("button", { name: "Publish" }).click();
    await expect(page.getByRole("link", { name: "Public page" })).toBeVisible();

    const visitor = await browser.newContext({ storageState: { cookies: [], origins: [] } });
    const pub = await visitor.newPage();
    await pub.goto("/en/eu-projects");
    await pub.getByRole("link", { name: `Just transition in Helsinki ${acronym}` }).click();
    await expect(pub.getByRole("heading", { level: 1, name: `Just transition in Helsinki ${acronym}` })).toBeVisible();
    await expect(pub.getByText("€1,234,567.89")).toBeVisible();
    await expect(pub.getByText(/ensuring sufficient funding of social/)).toBeVisible();
    const body = await pub.locator("body").innerText();
    for (const secret of [`SISÄINEN-HUOMIO-${id}`, "Risk", "Internal", "500,000", "Audit"]) expect(body).not.toContain(secret);
    await expectNoAxeViolations(pub);
    await visitor.close();
  });

  test("bad input is refused with a message next to the field", async ({ page }) => {
    await page.goto("/en/staff/funding/projects/new");
    await page.getByLabel("Name in Finnish").fill("Virheellinen hanke");
    await page.getByLabel("External id (import key)").fill(`E2E-BAD-${Date.now()}`);
    await page.getByLabel("Programme").selectOption({ label: "LIFE Programme" });
    await page.getByLabel("EU contribution to the city").fill("-100");
    await page.getByLabel("Start date").fill("1.6.2026");
    await page.getByLabel("End date").fill("1.5.2026");
    await page.getByRole("button", { name: "Create project" }).click();
    await expect(page.getByText("The amount cannot be negative.")).toBeVisible();
    await expect(page.getByLabel("EU contribution to the city")).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("The end date cannot be before the start date.")).toBeVisible();
    // The input is still there to correct.
    await expect(page.getByLabel("Name in Finnish")).toHaveValue("Virheellinen hanke");
  });

  test("a bad CSV lists every bad row and nothing is saved", async ({ page }) => {
    await page.goto("/en/staff/funding/import");
    const csv = "external_id,name_fi,programme,eu_contribution,status,role\nE2E-X1,Yksi,HORIZON,-1,idea,partner\nE2E-X2,Kaksi,NOPE,10,idea,partner\nE2E-X3,Kolme,LIFE,5,idea,partner\n";
    await page.getByLabel("File (CSV or Excel .xlsx)").setInputFiles({ name: "bad.csv", mimeType: "text/csv", buffer: Buffer.from(csv) });
    await page.getByRole("button", { name: "Import the file" }).click();
    await expect(page.getByText("The file has 2 bad rows. Nothing was saved.")).toBeVisible();
    const errors = page.getByRole("table", { name: /Errors/ });
    await expect(errors.getByRole("row")).toHaveCount(3);
    await expect(errors).toContainText("The amount cannot be negative.");
    await expect(errors).toContainText("Unknown programme");
    await page.goto("/en/staff/funding/projects?q=E2E-X3");
    await expect(page.getByText("0 projects")).toBeVisible();
  });

  for (const locale of ["fi", "sv", "en"]) {
    test(`axe finds no violations on the EU funding pages (${locale})`, async ({ page }) => {
      test.slow(); // seven pages, each checked by axe
      for (const path of ["/staff/funding", "/staff/funding/figures", "/staff/funding/projects", "/staff/funding/import", "/staff/funding/programmes", "/staff/funding/projects/new", "/eu-projects"]) {
        await page.goto(`/${locale}${path}`);
        await expectNoAxeViolations(page);
      }
      await page.goto(`/${locale}/staff/funding/projects?q=HELTWIN`);
      await page.getByRole("link", { name: /HELTWIN/ }).click();
      await expect(page).toHaveURL(/projects\/[0-9a-f-]{36}$/);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("EU funding, as an editor", () => {
  test.use({ storageState: storageState("editor") });
  test("edits projects of their own unit only and cannot import", async ({ page }) => {
    await page.goto("/en/staff/funding/projects?q=HELTWIN");
    await expect(page.getByRole("row", { name: /HELTWIN/ })).toContainText("You can edit");
    await page.goto("/en/staff/funding/projects?q=REBOOST");
    await expect(page.getByRole("row", { name: /REBOOST/ })).not.toContainText("You can edit");
    await page.getByRole("link", { name: /REBOOST/ }).click();
    await expect(page.getByRole("link", { name: "Edit project" })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Publish" })).toHaveCount(0);
    await page.goto("/en/staff/funding/import");
    await expect(page).toHaveURL(/no-access/);
  });
});

test.describe("EU funding, as an executive", () => {
  test.use({ storageState: storageState("executive") });
  test("reads everything, exports, edits nothing", async ({ page }) => {
    await page.goto("/en/staff/funding/projects?q=LIFE-RAIN");
    await page.getByRole("link", { name: /LIFE-RAIN/ }).click();
    await expect(page.getByText("Henkilöstökulujen tuntikirjanpito puutteellinen")).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit project" })).toHaveCount(0);
    const download = page.waitForEvent("download");
    await page.getByRole("link", { name: "Export Excel (XLSX)" }).click();
    expect((await download).suggestedFilename()).toMatch(/^eu-projects-\d{4}-\d{2}-\d{2}\.xlsx$/);
  });
});
