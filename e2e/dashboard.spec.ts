import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, storageState } from "./helpers";

const titles = { fi: "Johdon yhteenveto", sv: "Ledningens sammandrag", en: "Executive summary" } as const;

test.describe("executive", () => {
  test.use({ storageState: storageState("executive") });

  for (const locale of ["fi", "sv", "en"] as const) {
    test(`the dashboard and the printable briefing have no axe violations (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/staff/dashboard`);
      await expect(page.getByRole("heading", { level: 1, name: titles[locale] })).toBeVisible();
      await expect(page.locator("svg[role=img]").first()).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/staff/dashboard/briefing`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      await expect(page.getByRole("table").first()).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }

  test("the numbers behind a chart are one click away", async ({ page }) => {
    await page.goto("/en/staff/dashboard");
    const chart = page.getByRole("region", { name: "Progress by goal", exact: true });
    const table = chart.getByRole("table");
    await expect(table).toBeHidden();
    await chart.getByText("Show the numbers as a table").click();
    await expect(table).toBeVisible();
    await expect(table.getByRole("rowheader", { name: "The City of Helsinki is an active international actor" })).toBeVisible();
    await expect(table.getByRole("columnheader", { name: "Late" })).toBeVisible();
  });

  test("filters by goal in the URL, and the late count links to the filtered staff list", async ({ page }) => {
    await page.goto("/en/staff/dashboard");
    await page.getByLabel("Goal", { exact: true }).selectOption({ label: "Helsinki is an active national influencer" });
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(/goal=[0-9a-f-]{36}/);
    await expect(page.getByText("Goal: Helsinki is an active national influencer")).toBeVisible();
    const progressByGoal = page.getByRole("region", { name: "Progress by goal", exact: true });
    await progressByGoal.getByText("Show the numbers as a table").click();
    await expect(progressByGoal.getByRole("rowheader")).toHaveCount(1);
    const late = page.locator("dl > div").filter({ has: page.getByText("Late", { exact: true }) }).getByRole("link");
    const href = await late.getAttribute("href");
    expect(href).toMatch(/^\/en\/staff\/strategy\?period=[0-9a-f-]{36}&goal=[0-9a-f-]{36}&late=1$/);
  });

  test("downloads the PDF briefing in Swedish with the chosen filters", async ({ page }) => {
    await page.goto("/fi/staff/dashboard");
    const link = page.getByRole("link", { name: "svenska (PDF)" });
    const href = await link.getAttribute("href");
    expect(href).toMatch(/^\/sv\/staff\/dashboard\/briefing\.pdf\?period=/);
    const response = await page.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()["content-type"]).toBe("application/pdf");
    expect(response.headers()["content-disposition"]).toMatch(/attachment; filename="ledningens-oversikt-\d{4}-\d{2}-\d{2}-sv\.pdf"/);
    const body = await response.body();
    expect(body.subarray(0, 5).toString()).toBe("%PDF-");
    expect(body.length).toBeGreaterThan(5000);
  });
});

test.describe("coordinator", () => {
  test.use({ storageState: storageState("coordinator") });

  test("reaches the dashboard", async ({ page }) => {
    await page.goto("/en/staff/dashboard");
    await expect(page.getByRole("heading", { level: 1, name: "Executive summary" })).toBeVisible();
  });
});

test.describe("editor", () => {
  test.use({ storageState: storageState("editor") });

  test("editor cannot reach the dashboard, the printable briefing or the PDF", async ({ page }) => {
    await page.goto("/fi/staff/dashboard");
    await expect(page).toHaveURL(/\/fi\/no-access$/);
    await page.goto("/fi/staff/dashboard/briefing");
    await expect(page).toHaveURL(/\/fi\/no-access$/);
    const pdf = await page.request.get("/fi/staff/dashboard/briefing.pdf");
    expect(pdf.status()).toBe(403);
    expect(pdf.headers()["content-type"]).not.toContain("pdf");
  });
});

test.describe("signed out", () => {
  test("signed-out users are sent to sign in and get no PDF", async ({ page }) => {
    await page.goto("/en/staff/dashboard");
    await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=/);
    const pdf = await page.request.get("/en/staff/dashboard/briefing.pdf");
    expect(pdf.status()).toBe(401);
    expect((await pdf.body()).subarray(0, 5).toString()).not.toBe("%PDF-");
  });
});
