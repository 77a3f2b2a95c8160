import { expect, test } from "@playwright/test";
import { expectNoAxeViolations, storageState } from "./helpers";

/**
 * Documents (issue 15 item 6): a coordinator attaches a PDF to a network, a
 * file that is not what its name says is refused, the public document waits
 * for review, is published from the review queue, and then a signed-out
 * reader downloads it from the network's public page — as an attachment.
 */

const stamp = () => `${Date.now()}-${Math.random().toString(36).slice(2, 6)}`;
const pdf = (text: string) => Buffer.from(`%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);

test.describe("documents", () => {
  test.use({ storageState: storageState("coordinator"), locale: "en-GB" });

  test("upload, refuse by content, review, publish and download signed out", async ({ page, browser }) => {
    test.slow();
    const name = `E2E document network ${stamp()}`;
    await page.goto("/en/staff/networks/new");
    await page.getByLabel("Name in Finnish").fill(name);
    await page.getByLabel("Name in Swedish").fill(`${name} (sv)`);
    await page.getByLabel("Membership status").selectOption("member");
    await page.getByLabel("Status since").fill("2020-01-01");
    await page.getByRole("button", { name: "Save and publish" }).click();
    await expect(page.getByRole("heading", { level: 1, name })).toBeVisible();
    const networkId = page.url().split("/").pop()!;

    const section = page.locator("section[data-documents]");
    await section.locator("summary", { hasText: "Add document" }).click();
    const form = section.locator("#document-create");
    // An HTML page named .pdf is refused by its content.
    await form.getByLabel("File").setInputFiles({ name: "decision.pdf", mimeType: "application/pdf", buffer: Buffer.from("<!doctype html><script>alert(1)</script>") });
    await form.getByLabel("In Finnish").fill(`Jäsenyyspäätös ${name}`);
    await form.getByLabel("In Swedish").fill(`Medlemskapsbeslut ${name}`);
    await form.getByLabel("Kind").selectOption("decision");
    await form.getByLabel("Public (after review)").check();
    await form.getByRole("button", { name: "Add document" }).click();
    await expect(form.getByText("This type of file is not accepted", { exact: false })).toBeVisible();
    await expectNoAxeViolations(page);

    await form.getByLabel("File").setInputFiles({ name: "Jäsenyyspäätös.pdf", mimeType: "application/pdf", buffer: pdf(name) });
    await form.getByLabel("Link to the decision archive (paatokset.hel.fi)").fill("https://paatokset.hel.fi/fi/asia/hel-2020-000123");
    await form.getByLabel("Decision number").fill("HEL 2020-000123");
    await form.getByLabel("Decision date").fill("15.6.2020");
    await form.getByLabel("Decided by").fill("City Board");
    await form.getByRole("button", { name: "Add document" }).click();
    await expect(page.getByText("Document added.")).toBeVisible();
    const download = section.getByRole("link", { name: "Download version 1: Jäsenyyspäätös.pdf" });
    await expect(download).toBeVisible();
    await expect(section.getByText("Waiting for review")).toBeVisible();
    await expectNoAxeViolations(page);
    const href = (await download.getAttribute("href"))!;
    const staffFile = await page.request.get(href);
    expect(staffFile.status()).toBe(200);
    expect(staffFile.headers()["content-type"]).toBe("application/pdf");

    // Signed out: not yet (waiting for review).
    const reader = await browser.newContext({ storageState: { cookies: [], origins: [] }, locale: "en-GB" });
    const readerPage = await reader.newPage();
    expect((await readerPage.request.get(href)).status()).toBe(404);

    await page.goto("/en/staff/review");
    await page.getByRole("link", { name: `Jäsenyyspäätös ${name}` }).first().click();
    await expect(page.getByRole("heading", { name: "Draft and published version" })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText("Published.")).toBeVisible();

    await readerPage.goto(`/en/networks/${networkId}`);
    const publicSection = readerPage.locator("section[aria-labelledby=public-documents]");
    await expect(publicSection.getByRole("link", { name: "Open the decision HEL 2020-000123 in the decision archive" })).toBeVisible();
    await expect(publicSection.getByText("City Board", { exact: false })).toBeVisible();
    const publicLink = publicSection.getByRole("link", { name: "Download Jäsenyyspäätös.pdf" });
    await expect(publicLink).toBeVisible();
    await expectNoAxeViolations(readerPage);
    const file = await readerPage.request.get((await publicLink.getAttribute("href"))!);
    expect(file.status()).toBe(200);
    expect(file.headers()["content-disposition"]).toMatch(/^attachment; filename="Jasenyyspaatos\.pdf"/);
    expect(file.headers()["x-content-type-options"]).toBe("nosniff");
    expect((await file.body()).toString()).toContain(name);
    await reader.close();
  });
});
