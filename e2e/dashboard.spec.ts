import { expect, test } from "@playwright/test";
import { e2eSql } from "./db";
import { expectNoAxeViolations, storageState } from "./helpers";

const titles = { fi: "Johdon yhteenveto", sv: "Ledningens sammandrag", en: "Executive summary" } as const;

test.describe("executive", () => {
  test.use({ storageState: storageState("executive") });

  for (const locale of ["fi", "sv", "en"] as const) {
    test(`the dashboard and the printable briefing have no axe violations (${locale})`, async ({ page }) => {
      // Two pages, their chart images and two axe runs: the first run also fills the server's summary cache.
      test.setTimeout(60_000);
      await page.goto(`/${locale}/staff/dashboard`);
      await expect(page.getByRole("heading", { level: 1, name: titles[locale] })).toBeVisible();
      // The charts are images of their own address (the page does not carry their drawings), drawn and named.
      const chart = page.getByRole("img", { name: /^(Kaavio|Diagram|Chart): / }).first();
      await expect(chart).toBeVisible();
      await expect.poll(() => chart.evaluate((img: HTMLImageElement) => img.complete && img.naturalWidth > 0)).toBe(true);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/staff/dashboard/briefing`);
      await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
      // The printable briefing has every chart's numbers open beside its picture.
      await expect(page.getByRole("table").first()).toBeVisible();
      expect(await page.getByRole("table").count()).toBeGreaterThanOrEqual(await page.getByRole("img", { name: /^(Kaavio|Diagram|Chart): / }).count());
      await expectNoAxeViolations(page);
    });
  }

  test("the numbers behind a chart are one click away, fetched when asked for", async ({ page }) => {
    await page.goto("/en/staff/dashboard");
    const chart = page.getByRole("region", { name: "Progress by goal", exact: true });
    const table = chart.getByRole("table");
    // Not on the page until asked for.
    await expect(table).toHaveCount(0);
    await chart.getByText("Show the numbers as a table").click();
    await expect(table).toBeVisible();
    // The table can be reached with the keyboard (its scrolling area takes focus).
    await chart.getByRole("region", { name: /the numbers as a table$/ }).focus();
    await expect(chart.getByRole("region", { name: /the numbers as a table$/ })).toBeFocused();
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

  test("the briefing for the board: a late measure needs attention, a change since a chosen day, the coordinator's commentary (fi, sv, en)", async ({ page }) => {
    test.setTimeout(120_000);
    // A goal of its own (so that other tests' measures do not crowd the short lists) with one measure, written today and long overdue.
    const stamp = Date.now().toString(36);
    const title = `E2E overdue ${stamp}`;
    const sql = e2eSql();
    let periodId: string, goalId: string;
    try {
      const [period] = await sql`select id from strategy_periods order by start_year desc limit 1`;
      periodId = period!.id;
      const [goal] = await sql`insert into goals (period_id, title, scope, sort_order) values (${periodId}, ${sql.json({ fi: `E2E-tavoite ${stamp}`, sv: `E2E-mål ${stamp}`, en: `E2E goal ${stamp}` })}, 'international', 999) returning id`;
      goalId = goal!.id;
      const [m] = await sql`insert into measures (goal_id, title, status, progress, due_date, due_precision)
        values (${goalId}, ${sql.json({ fi: `${title} fi`, sv: `${title} sv`, en: title })}, 'on_schedule', 30, '2001-01-31', 'day') returning id`;
      // Written as the app writes: with its history (the dashboard's figures are kept until the next write).
      await sql`insert into audit_log (entity_type, entity_id, action, version, after) values ('measure', ${m!.id}, 'create', 1, ${sql.json({ title: { fi: `${title} fi` } })})`;
    } finally {
      await sql.end();
    }
    const yesterday = new Date(Date.now() - 86_400_000).toLocaleDateString("sv-SE", { timeZone: "Europe/Helsinki" });

    // "Needs attention": the late list names it, with the reason. The server sees a write made straight in the
    // database (as another app server's) within PUBLIC_CACHE_CHECK_MS (lib/summary-cache.ts): open the page again until it does.
    const late = page.locator('section[aria-labelledby="late-measures-heading"]');
    await expect(async () => {
      await page.goto(`/en/staff/dashboard?period=${periodId}&goal=${goalId}`);
      await expect(late.getByRole("link", { name: title })).toBeVisible({ timeout: 2_000 });
    }).toPass({ timeout: 20_000 });
    await expect(late).toContainText("reported on schedule — due 31 Jan 2001 passed");
    // "Changed since" a chosen day: the measure created today is new.
    await page.getByLabel("…or since the day").fill(yesterday);
    await page.getByRole("button", { name: "Show", exact: true }).click();
    await expect(page).toHaveURL(new RegExp(`since=${yesterday}`));
    await expect(page.getByRole("heading", { level: 2, name: /^Changed since / })).toBeVisible();
    await expect(page.locator('section[aria-labelledby="changes-new-heading"]').getByRole("link", { name: title })).toBeVisible();

    // The coordinator's commentary on "Needs attention": shown on the dashboard and in the printable briefing.
    const note = `Raised at the board on ${stamp}.`;
    const watch = page.locator('section[aria-labelledby="section-watch"]');
    const form = watch.locator("details", { hasText: "Commentary for the board" });
    if ((await form.getAttribute("open")) === null) await form.getByText("Commentary for the board").click();
    await form.getByLabel("Commentary on this section").fill(note);
    await form.getByRole("button", { name: "Save the commentary" }).click();
    // Saved: the page is read again and shows the commentary with the section (the form folds away once there is a text).
    await expect(watch.getByRole("complementary", { name: "Coordinator's commentary" })).toContainText(note);
    await page.goto(`/en/staff/dashboard/briefing?period=${periodId}&goal=${goalId}&since=${yesterday}`);
    await expect(page.getByRole("complementary", { name: "Coordinator's commentary" }).first()).toContainText(note);
    await expect(page.getByText(title).first()).toBeVisible();

    for (const locale of ["fi", "sv", "en"] as const) {
      await page.goto(`/${locale}/staff/dashboard?period=${periodId}&goal=${goalId}&since=${yesterday}`);
      await expect(page.locator('section[aria-labelledby="late-measures-heading"]').getByRole("link", { name: locale === "en" ? title : `${title} ${locale}` })).toBeVisible();
      await expect(page.locator('section[aria-labelledby="section-watch"]').getByRole("complementary")).toContainText(note);
      await expectNoAxeViolations(page);
    }
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
