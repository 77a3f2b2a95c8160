import { expect, test, type Browser } from "@playwright/test";
import { expectNoAxeViolations, storageState } from "./helpers";

const PUBLISHED_DONE = "Published.";
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const asRole = async (browser: Browser, role: "coordinator" | "executive" | "editor") =>
  (await browser.newContext({ storageState: storageState(role) })).newPage();

test.describe("evaluation round", () => {
  test("a coordinator opens a round, an executive answers it, the coordinator sees the aggregate", async ({ browser }) => {
    test.slow(); // two people, eight page loads and an axe run: more than the default 30 s on a busy machine
    const name = `E2E-arviointi ${unique()}`;
    const coordinator = await asRole(browser, "coordinator");
    await coordinator.goto("/en/staff/evaluations/new");
    await coordinator.getByRole("group", { name: /^Name of the round/ }).getByLabel("In Finnish").fill(name);
    await coordinator.getByLabel("Answering starts").fill("2026-01-01");
    await coordinator.getByLabel("Answering ends").fill("2030-12-31");
    // One answer is enough to show running results in this round (the default minimum is 5).
    await coordinator.getByLabel("Minimum number of answers before results are shown").fill("1");
    await coordinator.getByRole("checkbox", { name: "Employment (Helsinki is an active national influencer)" }).check();
    await coordinator.getByRole("checkbox", { name: "Johanna Johtaja (Executive)" }).check();
    await coordinator.getByRole("button", { name: "Create the round" }).click();
    await expect(coordinator.getByRole("heading", { level: 1, name })).toBeVisible();
    await coordinator.getByRole("button", { name: "Open the round for answers" }).click();
    await expect(coordinator.getByText("The round is open.", { exact: true })).toBeVisible();

    const executive = await asRole(browser, "executive");
    await executive.goto("/en/staff/evaluations");
    await executive.getByRole("link", { name }).click();
    await expect(executive.getByRole("heading", { level: 1, name })).toBeVisible();
    await expectNoAxeViolations(executive);
    await executive.getByRole("radio", { name: "4 – well" }).check();
    await executive.getByLabel("Development needs").fill("Closer cooperation with the neighbouring municipalities.");
    await executive.getByRole("button", { name: "Save draft" }).click();
    await expect(executive.getByText("Draft saved. You can come back to it later.")).toBeVisible();
    await executive.reload();
    await expect(executive.getByRole("radio", { name: "4 – well" })).toBeChecked();
    await executive.getByRole("button", { name: "Submit answers" }).click();
    // The page turns into the submitted, read-only questionnaire.
    await expect(executive.getByText(/You submitted your answers on/)).toBeVisible();
    await executive.reload();
    await expect(executive.getByText(/You submitted your answers on/)).toBeVisible();
    await expect(executive.getByText("Score: 4")).toBeVisible();
    await expect(executive.getByRole("button", { name: "Submit answers" })).toHaveCount(0);

    // The executive does not see an open round's results.
    await executive.goto(coordinator.url().replace(/\/answer$/, ""));
    await expect(executive.getByText("Results are shown once a coordinator has closed the round.")).toBeVisible();

    await coordinator.reload();
    const row = coordinator.getByRole("row", { name: /^Employment/ });
    await expect(row.getByRole("cell").nth(0)).toHaveText("1");
    await expect(row.getByRole("cell").nth(1)).toHaveText("4.0");
    await expect(coordinator.getByText("Closer cooperation with the neighbouring municipalities.")).toBeVisible();
    // Anonymous by default: the text carries no name.
    await expect(coordinator.getByText("– Johanna Johtaja")).toHaveCount(0);
    await expect(coordinator.getByText("1 of 1 have submitted")).toBeVisible();
    await coordinator.getByRole("button", { name: "Close the round" }).click();
    await expect(coordinator.getByText("The round is closed.", { exact: true })).toBeVisible();
    await expectNoAxeViolations(coordinator);
  });

  test("an editor sees a closed round's figures but not the development needs", async ({ browser }) => {
    const editor = await asRole(browser, "editor");
    await editor.goto("/en/staff/evaluations");
    // Results are figures only for staff other than coordinators and admins.
    await editor.getByRole("table").getByRole("link", { name: "Internal evaluation of advocacy 2023" }).click();
    await expect(editor.getByRole("heading", { name: "Results" })).toBeVisible();
    await expect(editor.getByText("Development needs")).toHaveCount(0);
    await expect(editor.getByText("Laskelmat rahoitusvajeesta")).toHaveCount(0);
  });
});

test.describe("editor", () => {
  test.use({ storageState: storageState("editor") });

  test("records a statement for their priority; it waits for review", async ({ page }) => {
    const title = `Lausunto E2E ${unique()}`;
    await page.goto("/en/staff/advocacy");
    await page.getByRole("link", { name: "Record a statement" }).click();
    await page.getByLabel("Priority").selectOption({ label: "Digitalisation (The City of Helsinki is an active international actor)" });
    await page.getByRole("group", { name: /^Title/ }).getByLabel("In Finnish").fill(title);
    await page.getByLabel("Ministry").fill("Valtiovarainministeriö");
    await page.getByLabel("Deadline").fill("2030-05-31");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await expect(page.getByText("Publication state: Awaiting review")).toBeVisible();
    await expectNoAxeViolations(page);
    const itemUrl = page.url();
    // It is in the deadline calendar and, not yet given, not on the public site.
    await page.goto("/en/staff/advocacy");
    await expect(page.getByRole("region", { name: "Statement deadlines" }).getByRole("link", { name: title })).toBeVisible();
    await page.goto("/en/advocacy");
    await expect(page.getByText(title)).toHaveCount(0);
    // The editor archives it (never published, so they may): the button asks first, then goes back to the overview.
    await page.goto(itemUrl);
    await page.getByRole("button", { name: "Archive", exact: true }).click();
    await expect(page.getByText("Archive it? It leaves the lists and the public site; its history is kept.")).toBeVisible();
    await page.getByRole("button", { name: "Archive", exact: true }).click();
    await expect(page).toHaveURL(/\/en\/staff\/advocacy$/);
  });

  test("bad input is shown next to the field and the input stays", async ({ page }) => {
    await page.goto("/en/staff/advocacy/activities/new?type=statement");
    await page.getByLabel("Priority").selectOption({ label: "Digitalisation (The City of Helsinki is an active international actor)" });
    await page.getByLabel("Ministry").fill("Ulkoministeriö");
    await page.getByRole("button", { name: "Save", exact: true }).click();
    const title = page.getByRole("group", { name: /^Title/ }).getByLabel("In Finnish");
    await expect(title).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("This field is required.").first()).toBeVisible();
    await expect(page.getByLabel("Ministry")).toHaveValue("Ulkoministeriö");
    await expect(page).toHaveURL(/activities\/new/);
  });

  test("cannot record actions for another unit's priority: it is not offered", async ({ page }) => {
    await page.goto("/en/staff/advocacy/activities/new?type=meeting");
    const options = await page.getByLabel("Priority").locator("option").allTextContents();
    expect(options.some((o) => o.startsWith("Employment"))).toBe(false);
    expect(options.some((o) => o.startsWith("Digitalisation"))).toBe(true);
  });
});

test.describe("the public", () => {
  test("sees every published ask with its outcome, given statements and public plan summaries, never internal plans or answers", async ({ page }) => {
    await page.goto("/en/advocacy");
    await expect(page.getByRole("heading", { level: 1, name: "Helsinki's advocacy" })).toBeVisible();
    await expect(page.getByText("Permits for work-based immigration are processed within one month at most.")).toBeVisible();
    await expect(page.getByRole("heading", { name: "Statement on transferring employment services to municipalities (TE24 reform)" })).toBeVisible();
    await expect(page.getByText("Helsinki influences EU regulation of the digital transition", { exact: false })).toBeVisible();
    // A record, not a success story: an ask that was not adopted is listed with its outcome.
    const notAdopted = page.getByRole("listitem").filter({ hasText: "Funding of upper secondary education is set by the capital region's growing age groups." });
    await expect(notAdopted.getByText("Not adopted", { exact: true })).toBeVisible();
    const body = (await page.locator("main").textContent()) ?? "";
    for (const hidden of [
      "Funding of Helsinki's social and health services and rescue services matches", // internal plan
      "Helsinki works for EU funding to reach cities' climate action directly", // plan awaiting review
      "Meeting with the Ministry of Finance on health and social services funding", // internal meeting
      "Statement on increasing the intake", // not given
      "Laskelmat rahoitusvajeesta", // an evaluation answer
      "Talous- ja suunnitteluosasto", // internal notes
    ]) {
      expect(body).not.toContain(hidden);
    }
  });

  test("cannot reach evaluations or their export", async ({ page, request }) => {
    await page.goto("/en/staff/evaluations");
    await expect(page).toHaveURL(/\/en\/signin\?callbackUrl=/);
    const csv = await request.get("/en/staff/evaluations/00000000-0000-0000-0000-000000000000/results.csv");
    expect(csv.status()).toBe(401);
  });

  for (const locale of ["fi", "sv", "en"]) {
    test(`axe finds no violations on the public advocacy page (${locale})`, async ({ page }) => {
      await page.goto(`/${locale}/advocacy`);
      await expectNoAxeViolations(page);
    });
  }
});

test.describe("coordinator pages", () => {
  test.use({ storageState: storageState("coordinator") });

  test("the advocacy overview has no axe violations", async ({ page }) => {
    await page.goto("/fi/staff/advocacy");
    await expect(page.getByText("Myöhässä").first()).toBeVisible();
    await expectNoAxeViolations(page);
    // The outcome filter: only the overdue statement stays in the list.
    await page.getByLabel("Tulos", { exact: true }).selectOption({ label: "Lausunto myöhässä, ei annettu" });
    await page.getByRole("button", { name: "Suodata", exact: true }).click();
    await expect(page).toHaveURL(/outcome=overdue/);
    const list = page.getByRole("table", { name: "Vaikuttamistoimet" });
    await expect(list.getByRole("link", { name: "Lausunto korkeakoulujen aloituspaikkojen lisäämisestä" })).toBeVisible();
    await expect(list.getByRole("link", { name: /TE-palvelujen siirtämisestä/ })).toHaveCount(0);
    await expectNoAxeViolations(page);
  });

  test("the asks register and an ask have no axe violations", async ({ page }) => {
    await page.goto("/sv/staff/advocacy/asks");
    await expect(page.getByRole("cell", { name: "57 %" }).first()).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: /Tillståndsbehandlingen för arbetskraftsinvandring/ }).click();
    await expectNoAxeViolations(page);
  });

  test("a priority's advocacy page and its plan have no axe violations", async ({ page }) => {
    await page.goto("/en/staff/advocacy");
    await page.getByRole("link", { name: "Digitalisation" }).click();
    await expect(page.getByRole("heading", { name: "Advocacy plan" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Edit the plan" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/advocacy\/plans\//);
    await expectNoAxeViolations(page);
    await page.goto("/en/staff/advocacy/activities/new?type=statement");
    await expectNoAxeViolations(page);
  });

  test("the evaluation pages have no axe violations", async ({ page }) => {
    await page.goto("/en/staff/evaluations");
    await expectNoAxeViolations(page);
    await page.getByRole("table").getByRole("link", { name: "Internal evaluation of advocacy 2023" }).click();
    await expect(page.getByRole("heading", { name: "Development needs" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/en/staff/evaluations/new");
    await expectNoAxeViolations(page);
  });

  test("publishes an editor's statement from the review queue", async ({ browser, page }) => {
    const title = `Annettu lausunto ${unique()}`;
    const editor = await asRole(browser, "editor");
    await editor.goto("/en/staff/advocacy/activities/new?type=statement");
    await editor.getByLabel("Priority").selectOption({ label: "Climate change mitigation (The City of Helsinki is an active international actor)" });
    await editor.getByRole("group", { name: /^Title/ }).getByLabel("In Finnish").fill(title);
    await editor.getByRole("group", { name: /^Title/ }).getByLabel("In Swedish").fill(`Utlåtande ${title}`);
    await editor.getByLabel("Deadline").fill("2026-01-31");
    await editor.getByLabel("Date given").fill("2026-01-30");
    await editor.getByRole("button", { name: "Save", exact: true }).click();
    await expect(editor.getByRole("heading", { level: 1, name: title })).toBeVisible();

    await page.goto("/en/staff/review");
    await page.getByRole("link", { name: title }).click();
    await page.getByRole("button", { name: /^Publish/ }).click();
    await expect(page.getByText(PUBLISHED_DONE, { exact: true })).toBeVisible();
    await page.goto("/en/advocacy");
    await expect(page.getByRole("heading", { name: title })).toBeVisible();
  });
});
