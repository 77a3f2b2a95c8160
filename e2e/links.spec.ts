import { expect, test } from "@playwright/test";
import { e2eSql } from "./db";
import { expectNoAxeViolations, storageState } from "./helpers";

const stamp = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 5)}`;

/**
 * Issue 12 item 4: a measure is linked to the EU projects that carry it out,
 * from the measure's page; the project's page lists the measure; once the
 * measure is published the public measure page shows the published project
 * (not the draft one) and the public project page shows the measure.
 */
test.describe("links between measures and what carries them out", () => {
  test.use({ storageState: storageState("coordinator"), locale: "en-GB" });

  test("linked both ways on staff pages; only published items shown publicly", async ({ page }) => {
    test.slow();
    const s = stamp();
    const title = `E2E linked measure ${s}`;
    const draftName = `E2E draft project ${s}`;
    const sql = e2eSql();
    let measureId: string, projectId: string, projectName: string, draftId: string;
    try {
      const [goal] = await sql`select id from goals where published is not null and archived_at is null order by sort_order limit 1`;
      const [m] = await sql`insert into measures (goal_id, title, visibility) values (${goal!.id}, ${sql.json({ fi: `${title} fi`, sv: `${title} sv`, en: title })}, 'public') returning id`;
      measureId = m!.id;
      const [p] = await sql`select id, name, published from eu_projects where published is not null and archived_at is null order by external_id limit 1`;
      projectId = p!.id;
      projectName = p!.name.en || p!.name.fi;
      const [programme] = await sql`select id from funding_programmes order by sort_order limit 1`;
      const [d] = await sql`insert into eu_projects (external_id, name, programme_id) values (${`E2E-LINK-${s}`}, ${sql.json({ fi: draftName, sv: draftName, en: draftName })}, ${programme!.id}) returning id`;
      draftId = d!.id;
    } finally {
      await sql.end();
    }

    await page.goto(`/en/staff/strategy/measures/${measureId}`);
    const section = page.locator("section", { has: page.getByRole("heading", { name: "Carried out by", exact: true }) });
    await expect(section.getByText("Nothing linked yet.")).toBeVisible();
    const form = page.locator("#link-euProject");
    // The picker searches as you type (a combobox with a list box): choose with the mouse, then with the keyboard.
    const picker = form.getByRole("combobox", { name: "EU project" });
    await picker.fill(projectName.slice(0, Math.min(12, projectName.length)));
    await form.getByRole("option", { name: projectName, exact: true }).click();
    await expect(picker).toHaveValue(projectName);
    await form.getByRole("button", { name: "Add link" }).click();
    await expect(form.getByText("Link added.")).toBeVisible();
    await expect(section.getByRole("link", { name: projectName })).toBeVisible();
    await picker.fill(draftName);
    await expect(form.getByRole("option", { name: draftName })).toBeVisible();
    await picker.press("ArrowDown");
    await expect(picker).toHaveAttribute("aria-activedescendant", /-0$/);
    await picker.press("Enter");
    await expect(picker).toHaveValue(draftName);
    await form.getByRole("button", { name: "Add link" }).click();
    await expect(section.getByRole("row").filter({ hasText: draftName })).toContainText("not published");
    // The history names the linked items, not their ids.
    await expect(page.getByText(`EU project: ${projectName}`).first()).toBeVisible();
    for (const id of [projectId, draftId]) await expect(page.locator("#history-heading").locator("xpath=..")).not.toContainText(id);
    await expectNoAxeViolations(page);

    // The other side: the project's staff page lists the measure.
    await page.goto(`/en/staff/funding/projects/${projectId}`);
    const measuresSection = page.locator("section", { has: page.getByRole("heading", { name: "Measures this carries out" }) });
    await expect(measuresSection.getByRole("link", { name: title })).toBeVisible();

    // Not public before the measure is reviewed and published.
    await page.goto(`/en/staff/review/measure/${measureId}`);
    await expect(page.getByText(projectName).first()).toBeVisible();
    await page.getByRole("button", { name: "Publish", exact: true }).click();
    await expect(page.getByText("Published.", { exact: true })).toBeVisible();

    await page.goto(`/en/measures/${measureId}`);
    const carried = page.getByTestId("public-links");
    await expect(carried.getByRole("link", { name: projectName })).toHaveAttribute("href", `/en/eu-projects/${projectId}`);
    await expect(carried).not.toContainText(draftName);
    await expect(page.locator("body")).not.toContainText(draftName);
    await expectNoAxeViolations(page);

    await page.goto(`/en/eu-projects/${projectId}`);
    await expect(page.getByTestId("public-linked-measures").getByRole("link", { name: title })).toHaveAttribute("href", `/en/measures/${measureId}`);
    await expectNoAxeViolations(page);
  });
});
