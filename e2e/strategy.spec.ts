import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageState, type DemoRole } from "./helpers";

/**
 * The strategy workspace in the browser. Each test works on its own demo
 * measure (or makes unique text) so that tests running side by side do not
 * collide on versions.
 */
const GUIDELINES = { fi: "Kansainvälisen toiminnan linjausten ja painopisteiden päivitys vuosille 2022–2025", en: "Update of the guidelines and priorities of international activity for 2022–2025" };
const INTERNATIONAL_GOAL_FI = "Helsingin kaupunki on aktiivinen kansainvälinen toimija";
const NETWORKS = { fi: "Kansainvälisten verkostojen kartoitus", en: "Mapping of the international networks" };
// Several pages per test, each checked with axe, on a machine shared by many: allow time.
test.describe.configure({ timeout: 120_000 });

const NATIONAL_PLANS_FI = "Edunvalvonta- ja viestintäsuunnitelmat edunvalvonnan painopisteille";

/** A new goal with a unique Finnish title starting with `prefix`, saved as a draft from the tree; its own page is open. */
async function newDraftGoal(page: Page, prefix: string) {
  const title = `${prefix} ${Date.now().toString(36)}`;
  await page.goto("/en/staff/strategy/tree");
  await page.getByRole("link", { name: "New goal" }).first().click();
  await page.getByRole("group", { name: /Title/ }).getByLabel("In Finnish").fill(title);
  await page.getByRole("button", { name: "Save as draft" }).click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return title;
}

async function openStaffMeasure(page: Page, locale: string, title: string) {
  await page.goto(`/${locale}/staff/strategy`);
  await page.getByRole("link", { name: title, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  return page.url().split("/").pop()!;
}

async function as(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: storageState(role) });
  return { context, page: await context.newPage() };
}

test("editor updates their measure and adds a progress note; the public sees it only after a coordinator publishes, in fi and en", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const pub = await browser.newContext();
  const publicPage = await pub.newPage();
  await publicPage.goto("/fi");
  await publicPage.getByRole("link", { name: INTERNATIONAL_GOAL_FI }).first().click();
  await publicPage.getByRole("link", { name: GUIDELINES.fi }).click();
  await expect(publicPage.getByRole("heading", { level: 1, name: GUIDELINES.fi })).toBeVisible();
  const publishedProgress = Number(await publicPage.getByRole("progressbar").first().getAttribute("aria-valuenow"));
  const progress = String((publishedProgress + 7) % 100);
  const editor = await as(browser, "editor");
  const id = await openStaffMeasure(editor.page, "fi", GUIDELINES.fi);
  const form = editor.page.locator("form").filter({ has: editor.page.getByRole("button", { name: "Tallenna ja lähetä tarkastukseen" }) }).first();
  await form.getByLabel("Edistyminen (%)").fill(progress);
  await form.getByLabel("Sisäiset muistiinpanot").fill(`SISÄINEN-${stamp}`);
  await form.getByRole("button", { name: "Tallenna ja lähetä tarkastukseen" }).click();
  await expect(editor.page.getByText("Tallennettu.")).toBeVisible();

  await editor.page.getByText("Kirjoita edistymisraportti").click();
  const updateForm = editor.page.locator("form").filter({ has: editor.page.getByRole("group", { name: "Mitä tapahtui" }) }).first();
  await updateForm.getByLabel("Suomeksi").fill(`Linjaukset esiteltiin johtoryhmälle ${stamp}.`);
  await updateForm.getByLabel("Ruotsiksi").fill(`Riktlinjerna presenterades för ledningsgruppen ${stamp}.`);
  await updateForm.getByLabel("Englanniksi").fill(`The guidelines were presented to the management team ${stamp}.`);
  await updateForm.getByRole("button", { name: "Tallenna ja lähetä tarkastukseen" }).click();
  await expect(editor.page.getByText("Edistymisraportti tallennettu.")).toBeVisible();
  await editor.context.close();

  await publicPage.goto(`/fi/measures/${id}`);
  await expect(publicPage.getByRole("heading", { level: 1, name: GUIDELINES.fi })).toBeVisible();
  await expect(publicPage.getByText(stamp)).toHaveCount(0);
  await expect(publicPage.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", String(publishedProgress));

  const coordinator = await as(browser, "coordinator");
  await coordinator.page.goto("/fi/staff/review");
  await expectNoAxeViolations(coordinator.page);
  await coordinator.page.getByRole("link", { name: GUIDELINES.fi }).first().click();
  await expect(coordinator.page.getByRole("heading", { name: "Luonnos ja julkaistu versio" })).toBeVisible();
  await expect(coordinator.page.getByRole("row", { name: /Edistyminen/ })).toContainText(`${progress} %`);
  await expectNoAxeViolations(coordinator.page);
  await coordinator.page.getByRole("button", { name: "Julkaise", exact: true }).click();
  await expect(coordinator.page.getByText("Julkaistu.")).toBeVisible();
  await coordinator.page.goto("/fi/staff/review");
  await coordinator.page.getByRole("link", { name: new RegExp(stamp) }).first().click();
  await coordinator.page.getByRole("button", { name: "Julkaise", exact: true }).click();
  await expect(coordinator.page.getByText("Julkaistu.")).toBeVisible();
  await coordinator.context.close();

  await publicPage.goto(`/fi/measures/${id}`);
  await expect(publicPage.getByText(`Linjaukset esiteltiin johtoryhmälle ${stamp}.`)).toBeVisible();
  await expect(publicPage.getByRole("progressbar").first()).toHaveAttribute("aria-valuenow", progress);
  await expect(publicPage.getByText(`SISÄINEN-${stamp}`)).toHaveCount(0);
  await publicPage.goto(`/en/measures/${id}`);
  await expect(publicPage.getByRole("heading", { level: 1, name: GUIDELINES.en })).toBeVisible();
  await expect(publicPage.getByText(`The guidelines were presented to the management team ${stamp}.`)).toBeVisible();
  await expect(publicPage.getByRole("heading", { name: "Published versions" })).toBeVisible();
  await expectNoAxeViolations(publicPage);
  await pub.close();
});

test.describe("editor", () => {
  test.use({ storageState: storageState("editor") });

  test("opens their measure, saves a change for review, and the page has no axe violations", async ({ page }) => {
    await openStaffMeasure(page, "fi", NETWORKS.fi);
    await expectNoAxeViolations(page);
    await page.getByLabel("Sisäiset muistiinpanot").fill(`Muistiinpano ${Date.now()}`);
    await page.getByRole("button", { name: "Tallenna ja lähetä tarkastukseen" }).first().click();
    await expect(page.getByText("Tallennettu.")).toBeVisible();
    await expect(page.getByText("Muutokset odottavat koordinaattorin tarkastusta.")).toBeVisible();
  });

  test("bad input shows a message next to the field and keeps the input", async ({ page }) => {
    await openStaffMeasure(page, "en", NETWORKS.en);
    const progress = page.getByLabel("Progress (%)");
    await progress.fill("150");
    await page.getByLabel("Due").first().fill("13/2022");
    await page.getByRole("button", { name: "Save and send for review" }).first().click();
    await expect(page.getByText("Progress must be 0–100 %.")).toBeVisible();
    await expect(progress).toHaveValue("150");
    await expect(progress).toHaveAttribute("aria-invalid", "true");
    await expect(page.getByText("Enter a date as dd.mm.yyyy or mm/yyyy.")).toBeVisible();
  });

  test("cannot edit another unit's measure or publish anything", async ({ page }) => {
    await openStaffMeasure(page, "fi", NATIONAL_PLANS_FI);
    await expect(page.getByText("Voit lukea tämän toimenpiteen tiedot, mutta et muokata niitä.")).toBeVisible();
    await expect(page.getByRole("button", { name: /Tallenna/ })).toHaveCount(0);
    await expect(page.getByRole("button", { name: "Tallenna ja julkaise" })).toHaveCount(0);
    await page.goto("/fi/staff/review");
    await expect(page).toHaveURL(/\/fi\/no-access/);
  });
});

test.describe("coordinator", () => {
  test.use({ storageState: storageState("coordinator") });

  test("the staff pages have no axe violations and filters live in the URL across languages", async ({ page }) => {
    await page.goto("/fi/staff/strategy");
    await expectNoAxeViolations(page);
    await page.getByLabel("Vain myöhässä olevat").check();
    await page.getByRole("button", { name: "Suodata" }).click();
    await expect(page).toHaveURL(/late=1/);
    await expect(page.getByRole("cell").getByText("Myöhässä", { exact: true }).first()).toBeVisible();
    await page.getByRole("link", { name: "English" }).click();
    await expect(page).toHaveURL(/\/en\/staff\/strategy\?.*late=1/);
    await expect(page.getByLabel("Late only")).toBeChecked();
    await page.goto("/en/staff/strategy?q=kartl%C3%A4ggning");
    await expect(page.getByRole("link", { name: NETWORKS.en })).toBeVisible();
    await expect(page.getByRole("link", { name: GUIDELINES.en })).toHaveCount(0);
    for (const path of ["/fi/staff/strategy/tree", "/sv/staff/strategy/indicators"]) {
      await page.goto(path);
      await expectNoAxeViolations(page);
    }
    await page.getByRole("link", { name: "Hemtagen EU-finansiering per år" }).click();
    await expect(page.getByRole("table", { name: /Hemtagen EU-finansiering per år/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });

  test("publishing a new goal without Swedish is refused at its title; saved as a draft it opens its own page", async ({ page }) => {
    const title = `Kokeilutavoite ${Date.now().toString(36)}`;
    await page.goto("/en/staff/strategy/tree");
    await page.getByRole("link", { name: "New goal" }).first().click();
    const titleGroup = page.getByRole("group", { name: /Title/ });
    await titleGroup.getByLabel("In Finnish").fill(title);
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(titleGroup.getByText("Translation missing: sv")).toBeVisible();
    await expect(page.getByRole("group", { name: /Title/ })).toHaveAttribute("aria-describedby", /error/);
    await expect(titleGroup.getByLabel("In Finnish")).toHaveValue(title);
    await page.getByRole("button", { name: "Save as draft" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
  });

  test("the review queue is filtered and paged through the URL; the staff search finds a draft the public search does not; both axe clean and usable by keyboard", async ({ page }) => {
    const title = await newDraftGoal(page, "Hakuluonnos");

    await page.goto("/en/staff/review");
    await expectNoAxeViolations(page);
    await page.getByLabel("Area").selectOption("strategy");
    await page.getByLabel("Type").selectOption("goal");
    await page.getByLabel("State").selectOption("draft");
    await page.getByRole("button", { name: "Filter", exact: true }).press("Enter");
    await expect(page).toHaveURL(/area=strategy&type=goal&state=draft/);
    await expect(page.getByRole("link", { name: title })).toBeVisible();
    const rows = page.getByRole("region", { name: "Items in the review queue" }).getByRole("row");
    // "1–n of n": the count the page shows is the rows listed (one header row), and the kind's count in the filter says the same.
    const range = (await page.getByRole("status").filter({ hasText: / of / }).textContent())!;
    const [, from, to, total] = /(\d+)–(\d+) of (\d+)/.exec(range)!;
    expect(from).toBe("1");
    expect(await rows.count()).toBe(Number(to) + 1);
    await expect(rows.filter({ hasText: "Network" })).toHaveCount(0);
    expect(Number(total)).toBeGreaterThanOrEqual(1);
    // Sorting is a link that keeps the filters; a page past the end shows the first page.
    await page.getByRole("link", { name: "Saved", exact: true }).click();
    await expect(page).toHaveURL(/area=strategy&type=goal&state=draft&sort=at/);
    await page.goto("/en/staff/review?area=strategy&type=goal&state=draft&page=999");
    await expect(page.getByRole("status").filter({ hasText: / of / })).toHaveText(range);
    await expectNoAxeViolations(page);

    // The staff search: from the staff navigation, by keyboard.
    await page.getByRole("link", { name: "Search everything" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Search everything" })).toBeVisible();
    await page.getByLabel("Search term").focus();
    await page.keyboard.type(title.toLowerCase());
    await page.keyboard.press("Enter");
    await expect(page).toHaveURL(/\/en\/staff\/search\?q=/);
    const hit = page.getByRole("row").filter({ hasText: title });
    await expect(hit).toContainText("Draft");
    await expect(page.getByRole("status").filter({ hasText: / of / })).toHaveText("1–1 of 1");
    await expectNoAxeViolations(page);
    await hit.getByRole("link", { name: title }).focus();
    await page.keyboard.press("Enter");
    await expect(page.getByRole("heading", { level: 1, name: title })).toBeVisible();
    await page.goto(`/en/search?q=${encodeURIComponent(title)}`);
    await expect(page.getByText("No published content matched.", { exact: false })).toBeVisible();
  });

  test("an archived goal is restored from the tree's archived view, as a draft", async ({ page }) => {
    const title = await newDraftGoal(page, "Palautettava");
    await page.getByRole("button", { name: "Archive" }).click();
    await page.getByRole("button", { name: "Archive" }).click();
    await expect(page.getByRole("heading", { level: 1, name: title })).toHaveCount(0);
    await page.goto("/en/staff/strategy/tree");
    await expect(page.getByRole("heading", { name: title })).toHaveCount(0);
    await page.getByRole("link", { name: "Show archived items" }).click();
    const row = page.getByRole("row").filter({ hasText: title });
    await row.getByRole("button", { name: `Restore: ${title}` }).click();
    await expect(row).toContainText(`Restore “${title}” as a draft?`);
    await expectNoAxeViolations(page);
    await row.getByRole("button", { name: "Yes, restore" }).click();
    await expect(page.getByRole("row").filter({ hasText: title })).toHaveCount(0);
    await expect(page.getByRole("heading", { level: 3, name: new RegExp(title) })).toBeVisible();
  });

  test("two saves from the same version: the second gets a conflict naming who and when, and keeps the input", async ({ page, browser }) => {
    await openStaffMeasure(page, "en", "Bringing EU funding home in support of the strategic goals, and responsible use of EU funds");
    const admin = await as(browser, "admin");
    await openStaffMeasure(admin.page, "en", "Bringing EU funding home in support of the strategic goals, and responsible use of EU funds");
    await admin.page.getByLabel("Internal notes").fill(`Admin ${Date.now()}`);
    await admin.page.getByRole("button", { name: "Save as draft" }).first().click();
    await expect(admin.page.getByText("Saved.")).toBeVisible();
    await admin.context.close();
    const mine = `Coordinator ${Date.now()}`;
    const version = page.locator('input[name="version"]').first();
    const basedOn = await version.inputValue();
    await page.getByLabel("Internal notes").fill(mine);
    await page.getByRole("button", { name: "Save as draft" }).first().click();
    await expect(page.getByText(/Aino Admin changed this item on/)).toBeVisible();
    await expect(page.getByLabel("Internal notes")).toHaveValue(mine);
    // The page refreshes underneath the form: the form is now based on the newer version, the input stays.
    await expect(version).not.toHaveValue(basedOn);
    await expect(page.getByLabel("Internal notes")).toHaveValue(mine);
    await page.getByRole("button", { name: "Save as draft" }).first().click();
    await expect(page.getByText("Saved.")).toBeVisible();
  });
});

test.describe("public", () => {
  test("goal, priority and measure pages show the published content with breadcrumbs; unknown ids are not found", async ({ page }) => {
    await page.goto("/sv");
    await page.getByRole("link", { name: "Helsingfors stad är en aktiv internationell aktör" }).first().click();
    await expect(page.getByRole("heading", { level: 1, name: "Helsingfors stad är en aktiv internationell aktör" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("link", { name: "Digitalisering" }).click();
    await expect(page.getByRole("navigation", { name: "Brödsmulor" })).toContainText("Helsingfors stad är en aktiv internationell aktör");
    await expect(page.getByRole("heading", { name: "Hemtagen EU-finansiering per år" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.goto("/fi/measures/00000000-0000-4000-8000-000000000000");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Sivua ei löydy/);
    await page.goto("/fi/measures/not-a-uuid");
    await expect(page.getByRole("heading", { level: 1 })).toContainText(/Sivua ei löydy/);
  });

  test("the public never sees internal updates, internal notes or drafts", async ({ page }) => {
    await page.goto("/fi");
    await page.getByRole("link", { name: INTERNATIONAL_GOAL_FI }).first().click();
    await page.getByRole("link", { name: NETWORKS.fi }).click();
    await expect(page.getByRole("heading", { level: 1, name: NETWORKS.fi })).toBeVisible();
    await expect(page.getByText("Verkostokyselyn vastaukset")).toBeVisible();
    await expect(page.getByText(/Sisäinen: kahden verkoston/)).toHaveCount(0);
    await expect(page.getByText(/Muistiinpano/)).toHaveCount(0);
    await expect(page.getByRole("table", { name: /Verkostot, joissa Helsingillä on rooli/ })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});
