import { expect, test, type Browser, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageState, type DemoRole } from "./helpers";

/**
 * A reporting round from open to published in the browser: a coordinator
 * opens it, an editor writes their measure's narrative, the coordinator
 * closes and publishes, the public report shows the frozen text (also after a
 * later round rewrites it) with the late rule, in fi, sv and en; its PDF.
 * The round's names carry a stamp so that runs do not collide.
 */
test.describe.configure({ timeout: 180_000 });

const GUIDELINES = { fi: "Kansainvälisen toiminnan linjausten ja painopisteiden päivitys vuosille 2022–2025", en: "Update of the guidelines and priorities of international activity for 2022–2025" };

async function as(browser: Browser, role: DemoRole) {
  const context = await browser.newContext({ storageState: storageState(role) });
  return { context, page: await context.newPage() };
}

async function openRoundAs(page: Page, names: { fi: string; sv: string; en: string }, cutOff: string) {
  await page.goto("/fi/staff/strategy/rounds");
  await expect(page.getByRole("heading", { level: 1, name: "Seurantakierrokset" })).toBeVisible();
  const form = page.locator("form").filter({ has: page.getByRole("button", { name: "Avaa kierros" }) });
  await form.getByLabel("Strategiakausi").selectOption({ label: "Valtuustokausi 2021–2025" });
  const name = form.getByRole("group", { name: /Nimi/ });
  await name.getByLabel("Suomeksi").fill(names.fi);
  await name.getByLabel("Ruotsiksi").fill(names.sv);
  await name.getByLabel("Englanniksi").fill(names.en);
  await form.getByLabel(/Tilannepäivä/).fill(cutOff);
  await form.getByRole("button", { name: "Avaa kierros" }).click();
  await expect(page.getByRole("heading", { level: 1, name: names.fi })).toBeVisible();
  return page.url().split("?")[0]!.split("/").pop()!;
}

async function writeEntry(page: Page, roundId: string, narrative: { fi: string; sv: string; en: string }, progress: string) {
  await page.goto(`/fi/staff/strategy/rounds/${roundId}?mine=1`);
  await page.getByRole("link", { name: GUIDELINES.fi, exact: true }).click();
  await expect(page.getByRole("heading", { level: 1, name: GUIDELINES.fi })).toBeVisible();
  const group = page.getByRole("group", { name: /Mitä on tehty/ });
  await group.getByLabel("Suomeksi").fill(narrative.fi);
  await group.getByLabel("Ruotsiksi").fill(narrative.sv);
  await group.getByLabel("Englanniksi").fill(narrative.en);
  await page.getByLabel("Tila", { exact: true }).selectOption("on_schedule");
  await page.getByLabel("Edistyminen %").fill(progress);
  await page.getByRole("button", { name: "Tallenna raportti" }).click();
  await expect(page.getByText("Raportti tallennettu.")).toBeVisible();
}

/** Press a state button; the page shows the round's new state (the form itself is replaced). */
async function setState(page: Page, roundId: string, button: string, state: string) {
  await page.goto(`/fi/staff/strategy/rounds/${roundId}`);
  await page.getByRole("button", { name: button }).click();
  await expect(page.getByRole("definition").filter({ hasText: new RegExp(`^${state}$`) })).toBeVisible();
}

test("a round from open to published: the editor's text is frozen in the public report, late rule shown, in fi, sv and en", async ({ browser }) => {
  const stamp = Date.now().toString(36);
  const names = { fi: `Seuranta e2e ${stamp}`, sv: `Uppföljning e2e ${stamp}`, en: `Follow-up e2e ${stamp}` };
  const text = { fi: `Linjaukset valmisteltiin lautakunnalle ${stamp}.`, sv: `Riktlinjerna bereddes för nämnden ${stamp}.`, en: `The guidelines were prepared for the board ${stamp}.` };
  const coordinator = await as(browser, "coordinator");
  const editor = await as(browser, "editor");

  // Cut-off 30.11.2022: the guidelines were due 06/2022, so "on schedule" is checked as late.
  const roundId = await openRoundAs(coordinator.page, names, "30.11.2022");
  await expectNoAxeViolations(coordinator.page);

  await writeEntry(editor.page, roundId, text, "60");
  await expectNoAxeViolations(editor.page);

  await setState(coordinator.page, roundId, "Sulje kierros tarkastettavaksi", "Suljettu tarkastettavaksi");
  await setState(coordinator.page, roundId, "Julkaise seurantaraportti", "Julkaistu");

  const reader = await browser.newContext();
  const pub = await reader.newPage();
  const entryOf = (page: Page) => page.locator("li.report-measure").filter({ has: page.getByRole("link", { name: /Kansainvälisen toiminnan linjausten|Update of the guidelines|riktlinjerna/ }) }).first();

  await pub.goto(`/fi/reports/${roundId}`);
  await expect(pub.getByRole("heading", { level: 1, name: names.fi })).toBeVisible();
  await expect(pub.getByText("Tilanne 30.11.2022").first()).toBeVisible();
  await expect(entryOf(pub)).toContainText(text.fi);
  await expect(entryOf(pub)).toContainText("Myöhässä");
  await expect(entryOf(pub)).toContainText("ilmoitettu: aikataulussa — määräaika 06/2022 on ohitettu");
  await expect(entryOf(pub)).toContainText("60");
  await expectNoAxeViolations(pub);
  const pdf = await pub.request.get(`/fi/reports/${roundId}/pdf`);
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()["content-type"]).toBe("application/pdf");
  await expect(pub.getByRole("link", { name: "Raportti PDF-tiedostona" })).toHaveAttribute("href", `/fi/reports/${roundId}/pdf`);

  await pub.goto(`/sv/reports/${roundId}`);
  await expect(pub.getByRole("heading", { level: 1, name: names.sv })).toBeVisible();
  await expect(entryOf(pub)).toContainText(text.sv);
  await expect(entryOf(pub)).toContainText("rapporterat: enligt tidtabell — deadline 06/2022 har passerats");
  await expectNoAxeViolations(pub);

  await pub.goto(`/en/reports/${roundId}`);
  await expect(pub.getByRole("heading", { level: 1, name: names.en })).toBeVisible();
  await expect(entryOf(pub)).toContainText(text.en);
  await expect(entryOf(pub)).toContainText("reported on schedule — due 06/2022 passed");
  await expect(pub.getByRole("link", { name: "Changed since the previous round" })).toBeVisible();
  await expectNoAxeViolations(pub);
  // Paged, with its contents; the whole report on one page for printing; the changes view.
  await expect(pub.getByRole("navigation", { name: "Contents" })).toContainText(/All goals \(\d+ measures?\)/);
  await pub.getByRole("link", { name: "The whole report on one page (for printing)" }).click();
  await expect(entryOf(pub)).toContainText(text.en);
  await expectNoAxeViolations(pub);
  await pub.getByRole("link", { name: "Changed since the previous round" }).click();
  await expect(pub.getByRole("heading", { level: 2, name: /^Progressed \(\d+\)$/ })).toBeVisible();
  await expectNoAxeViolations(pub);

  // A later round starts from this text; the editor rewrites it there. The published report does not change.
  const later = { fi: `Myöhempi teksti ${stamp}`, sv: `Senare text ${stamp}`, en: `Later text ${stamp}` };
  const nextId = await openRoundAs(coordinator.page, { fi: `${names.fi} B`, sv: `${names.sv} B`, en: `${names.en} B` }, "31.12.2022");
  await writeEntry(editor.page, nextId, later, "90");
  // Closed, so that the open round does not remind everyone of their measures.
  await setState(coordinator.page, nextId, "Sulje kierros tarkastettavaksi", "Suljettu tarkastettavaksi");
  await pub.goto(`/fi/reports/${roundId}`);
  await expect(entryOf(pub)).toContainText(text.fi);
  await expect(pub.getByText(later.fi)).toHaveCount(0);
  // A round not published has no public report.
  expect((await pub.goto(`/fi/reports/${nextId}`))?.status()).toBe(404);
  expect((await pub.request.get(`/fi/reports/${nextId}/pdf`)).status()).toBe(404);

  await Promise.all([reader.close(), coordinator.context.close(), editor.context.close()]);
});
