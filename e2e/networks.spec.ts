import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageState } from "./helpers";

const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;

async function createNetwork(page: Page, name: string, fee: string, publish: boolean) {
  await page.goto("/en/staff/networks/new");
  await page.getByLabel("Name in Finnish").fill(name);
  await page.getByLabel("Name in Swedish").fill(`${name} (sv)`);
  await page.getByLabel("Membership status").selectOption("member");
  await page.getByLabel("Status since").fill("2020-01-01");
  await page.getByLabel("Annual fee").fill(fee);
  await page.getByRole("button", { name: publish ? "Save and publish" : /^Save( for review)?$/ }).click();
  await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
  return page.url().split("/").pop() as string;
}

test.describe("networks: coordinator", () => {
  test.use({ storageState: storageState("coordinator"), locale: "en-GB" });

  test("a coordinator runs a review round, marks a network to leave, and the portfolio and public page follow once published", async ({ page }) => {
    test.slow(); // a dozen pages in one story
    const name = `E2E network ${stamp()}`;
    const id = await createNetwork(page, name, "12,345.67", true);

    await page.goto("/en/networks");
    const publicEntry = page.getByTestId("public-network").filter({ hasText: name });
    await expect(publicEntry.getByText("Member", { exact: true })).toBeVisible();
    await expect(publicEntry.getByText("€12,345.67")).toBeVisible();

    await page.goto("/en/staff/networks/reviews");
    const roundName = `E2E mapping ${stamp()}`;
    await page.getByLabel("Name in Finnish").fill(roundName);
    await page.getByRole("button", { name: "Open the round" }).click();
    await expect(page.getByRole("heading", { level: 1, name: roundName })).toBeVisible();
    const roundUrl = page.url();

    await page.goto(`${roundUrl}/${id}`);
    await page.getByRole("group", { name: "Strategic fit" }).getByLabel("2").check();
    await page.getByRole("group", { name: "Benefit" }).getByLabel("1").check();
    await page.getByRole("group", { name: "Cost-effectiveness" }).getByLabel("2").check();
    await page.getByRole("group", { name: "Recommendation" }).getByLabel("Leave").check();
    await page.getByLabel("Justification").fill("E2E-PERUSTELU: little benefit for the fee.");
    await page.getByRole("button", { name: "Save assessment" }).click();
    await expect(page.getByText("Assessment saved.")).toBeVisible();

    await page.getByRole("combobox", { name: "Decision", exact: true }).selectOption("leave");
    await page.getByRole("button", { name: "Record the decision" }).click();
    await expect(page.getByText("Decision recorded.")).toBeVisible();

    await page.goto(roundUrl);
    await expect(page.getByRole("listitem").filter({ hasText: "Leave (1)" })).toContainText(name);
    await expect(page.getByTestId("fees-leave")).toHaveText("€12,345.67");

    await page.goto("/en/staff/networks/portfolio");
    await expect(page.getByTestId("status-leaving")).toContainText(name);

    // Not yet published: the public still sees the published membership.
    await page.goto("/en/networks");
    await expect(page.getByTestId("public-network").filter({ hasText: name }).getByText("Member", { exact: true })).toBeVisible();

    await page.goto(`/en/staff/networks/${id}`);
    await expect(page.getByRole("region", { name: "Membership history" }).getByRole("cell", { name: "Leaving" })).toBeVisible();
    await page.getByRole("button", { name: "Approve and publish" }).click();
    await expect(page.getByText("Published.")).toBeVisible();

    await page.goto("/en/networks");
    await expect(page.getByTestId("public-network").filter({ hasText: name }).getByText("Leaving", { exact: true })).toBeVisible();
    await page.goto(`/en/networks/${id}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await expect(page.getByText("E2E-PERUSTELU")).toHaveCount(0);

    await page.goto(roundUrl);
    await page.getByRole("button", { name: "Close the round" }).click();
    await expect(page.getByText(/^Closed · Opened/)).toBeVisible();
    await expect(page.getByRole("button", { name: "Close the round" })).toHaveCount(0);
    await page.goto(`${roundUrl}/${id}`);
    await expect(page.getByText("The round is closed: its scores and decisions are final.")).toBeVisible();
    await expect(page.getByRole("button", { name: /Save assessment|Update your assessment/ })).toHaveCount(0);
  });

  test("a status change dated before a later one is refused next to the field", async ({ page }) => {
    const name = `E2E status ${stamp()}`;
    const id = await createNetwork(page, name, "100", false);
    await page.goto(`/en/staff/networks/${id}`);
    await page.getByText("Record a status change").first().click();
    const form = page.locator("#status-change");
    await form.getByLabel("New status").selectOption("observer");
    await form.getByLabel("Date").fill("2019-05-01");
    await form.getByRole("button", { name: "Record a status change" }).click();
    await expect(form.getByText("The date is before the latest recorded status change (2020-01-01). Record changes in date order.")).toBeVisible();
    await expect(form.getByLabel("Date")).toHaveAttribute("aria-invalid", "true");
    await page.reload();
    await expect(page.getByRole("cell", { name: "Observer" })).toHaveCount(0);
  });
});

test.describe("networks: editor", () => {
  test.use({ storageState: storageState("editor"), locale: "en-GB" });

  test("an editor's change waits for review, and bad input is refused next to the field", async ({ page }) => {
    const name = `E2E editor network ${stamp()}`;
    const id = await createNetwork(page, name, "500", false);
    await expect(page.getByText("Publication state: Awaiting review")).toBeVisible();
    await page.goto(`/en/staff/networks/${id}/edit`);
    await page.getByLabel("Annual fee").fill("-50");
    await page.getByRole("button", { name: "Save for review" }).click();
    await expect(page.getByText("The amount cannot be negative.")).toBeVisible();
    await expect(page.getByLabel("Annual fee")).toHaveValue("-50");
    await page.goto(`/en/staff/networks/${id}`);
    await expect(page.getByText("€500.00")).toBeVisible();
  });

  test("an editor cannot edit another unit's network", async ({ page }) => {
    await page.goto("/en/staff/networks?q=ICLEI");
    await page.getByRole("link", { name: /ICLEI/ }).click();
    await expect(page.getByRole("heading", { level: 1, name: /ICLEI/ })).toBeVisible();
    await expect(page.getByRole("link", { name: "Edit" })).toHaveCount(0);
    await page.goto(`${page.url()}/edit`);
    await expect(page).toHaveURL(/\/en\/no-access$/);
  });
});

test.describe("networks: public", () => {
  test("the public never sees review scores, internal notes or staff time", async ({ page }) => {
    await page.goto("/fi/networks");
    await expect(page.getByRole("heading", { level: 1, name: "Kansainväliset verkostot" })).toBeVisible();
    await page.getByRole("link", { name: "Eurocities" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Eurocities" })).toBeVisible();
    for (const url of ["/fi/networks", page.url()]) {
      await page.goto(url);
      const html = await page.content();
      expect(html).not.toContain("esimerkkiarvoja"); // internal notes
      expect(html).not.toContain("Keskeinen EU-vaikuttamisen kanava"); // a reviewer's justification
      expect(html).not.toContain("htpv"); // staff time
    }
    await page.goto("/fi/staff/networks/reviews");
    await expect(page).toHaveURL(/\/fi\/signin\?callbackUrl=/);
  });

  for (const locale of ["fi", "sv", "en"]) {
    test(`axe finds no violations on the public network pages (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/networks`);
      await expectNoAxeViolations(page);
      await page.getByRole("link", { name: "Eurocities" }).click();
      await expect(page.getByRole("heading", { level: 1, name: "Eurocities" })).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("networks: staff pages pass axe", () => {
  test.use({ storageState: storageState("coordinator") });
  for (const locale of ["fi", "sv", "en"]) {
    test(`registry, network, forms, portfolio and reviews (${locale})`, async ({ page }) => {
      test.slow(); // seven pages, each checked by axe
      await page.goto(`/${locale}/staff/networks`);
      await expectNoAxeViolations(page);
      await page.goto((await page.getByRole("link", { name: "Eurocities" }).getAttribute("href")) ?? "");
      await expect(page.getByRole("heading", { level: 1, name: "Eurocities" })).toBeVisible();
      for (const d of await page.locator("details").all()) await d.locator("summary").click();
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/staff/networks/new`);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/staff/networks/portfolio`);
      await expectNoAxeViolations(page);
      await page.goto(`/${locale}/staff/networks/reviews`);
      await expectNoAxeViolations(page);
      // Follow the links by address, so that axe never runs mid-navigation.
      await page.goto((await page.locator("table a").last().getAttribute("href")) ?? "");
      await expect(page.locator("h1")).toBeVisible();
      await expectNoAxeViolations(page);
      await page.goto((await page.locator("tbody a").first().getAttribute("href")) ?? "");
      await expect(page.locator("h1")).toBeVisible();
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("networks: import and export", () => {
  test.use({ storageState: storageState("coordinator"), locale: "en-GB" });

  test("a coordinator exports CSV and XLSX, and a bad CSV is refused row by row with nothing saved", async ({ page }) => {
    const csv = await page.request.get("/api/networks/export?format=csv");
    expect(csv.status()).toBe(200);
    expect(csv.headers()["content-type"]).toContain("text/csv");
    const text = await csv.text();
    expect(text).toContain("id;name_fi;name_sv;name_en;type;status;status_since");
    expect(text).toContain(";Eurocities;");
    const xlsx = await page.request.get("/api/networks/export?format=xlsx");
    expect(xlsx.headers()["content-type"]).toContain("spreadsheetml");
    expect((await xlsx.body()).subarray(0, 2).toString()).toBe("PK");

    const name = `E2E import ${stamp()}`;
    await page.goto("/en/staff/networks/transfer");
    await page.getByLabel("File (CSV or Excel .xlsx)", { exact: true }).setInputFiles({
      name: "networks.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(`name_fi;type;status;status_since;annual_fee\n${name};other;member;2021-01-01;100\nBad row;other;member;2021-01-01;-5\n`),
    });
    await page.getByRole("button", { name: "Import the file" }).click();
    await expect(page.getByText("The file has 1 bad row.")).toBeVisible();
    await expect(page.getByRole("table", { name: /Errors/ }).getByRole("row").filter({ hasText: "annual_fee" })).toContainText("The amount cannot be negative.");
    await page.goto(`/en/staff/networks?q=${encodeURIComponent(name)}`);
    await expect(page.getByText("No networks")).toBeVisible();
  });

  test("an editor cannot export or import", async ({ browser }) => {
    const context = await browser.newContext({ storageState: storageState("editor") });
    const page = await context.newPage();
    expect((await page.request.get("/api/networks/export?format=csv")).status()).toBe(403);
    const posted = await page.request.post("/api/networks/import", { data: "name_fi;type;status;status_since\nX;other;member;2021-01-01\n", headers: { "content-type": "text/csv" } });
    expect(posted.status()).toBe(403);
    await context.close();
  });
});

test.describe("networks: review queue", () => {
  test("an editor's network is compared field by field in the review queue and published there", async ({ browser }) => {
    test.slow();
    const editorContext = await browser.newContext({ storageState: storageState("editor"), locale: "en-GB" });
    const editor = await editorContext.newPage();
    const name = `E2E queue ${stamp()}`;
    const id = await createNetwork(editor, name, "2,000.00", false);
    await editorContext.close();

    const context = await browser.newContext({ storageState: storageState("coordinator"), locale: "en-GB" });
    const page = await context.newPage();
    await page.goto("/en/staff/review");
    await expect(page.getByRole("link", { name })).toBeVisible();
    await page.goto(`/en/staff/review/network/${id}`);
    await expect(page.getByRole("row").filter({ hasText: "Annual fee" })).toContainText("€2,000.00");
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText("Published.")).toBeVisible();
    await page.goto(`/en/networks/${id}`);
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    await context.close();
  });
});
