import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations, storageState } from "./helpers";

const NETWORKS_FI = "Kansainvälisten verkostojen kartoitus";

async function openMeasure(page: Page, locale: string, titleFi: string) {
  await page.goto(`/${locale}/staff/strategy`);
  await page.getByRole("link", { name: titleFi, exact: true }).first().click();
  await expect(page.getByRole("heading", { level: 1 })).toBeVisible();
}

test.describe("editor", () => {
  test.use({ storageState: storageState("editor") });

  test("opens their measure, saves a change for review, and the page has no axe violations", async ({ page }) => {
    await openMeasure(page, "fi", NETWORKS_FI);
    await expect(page.getByRole("heading", { level: 1, name: NETWORKS_FI })).toBeVisible();
    await expectNoAxeViolations(page);
    await page.getByLabel("Sisäiset muistiinpanot").fill(`Muistiinpano ${Date.now()}`);
    await page.getByRole("button", { name: "Tallenna ja lähetä tarkastukseen" }).click();
    await expect(page.getByText("Tallennettu.")).toBeVisible();
    await expect(page.getByText("Muutokset odottavat koordinaattorin tarkastusta.")).toBeVisible();
  });

  test("bad input shows a message next to the field and keeps the input", async ({ page }) => {
    await openMeasure(page, "en", "Mapping of the international networks");
    const progress = page.getByLabel("Progress (%)");
    await progress.fill("150");
    await page.getByRole("button", { name: "Save and send for review" }).click();
    await expect(page.getByText("Progress must be 0–100 %.")).toBeVisible();
    await expect(progress).toHaveValue("150");
    await expect(progress).toHaveAttribute("aria-invalid", "true");
  });
});
