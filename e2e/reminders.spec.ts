import { expect, test } from "@playwright/test";
import ICAL from "ical.js";
import { createAccount, e2eSql } from "./db";
import { expectNoAxeViolations, signIn, storageState } from "./helpers";

/** Reminders: the inbox on the start page, the settings page and the calendar links, as a person uses them. */

test.describe("inbox on the start page", () => {
  test("a contact person sees their overdue items, each linking straight to its form", async ({ page }) => {
    // Its own editor in the unit of a demo measure that is late (past its due date, not
    // finished, no contact person): the measure is theirs by unit, so it is overdue in their inbox.
    const email = `e2e-inbox-${Date.now()}@example.com`;
    await createAccount(email, "a-long-enough-password");
    const sql = e2eSql();
    try {
      const [late] = await sql<{ unitId: string }[]>`
        select m.responsible_unit_id as "unitId" from measures m
        where m.archived_at is null and m.status not in ('completed', 'cancelled') and m.due_date < current_date
          and m.responsible_unit_id is not null
          and not exists (select 1 from measure_contacts c where c.measure_id = m.id)
        order by m.due_date limit 1`;
      if (!late) throw new Error("the demo data has no late measure without contact persons");
      await sql`update users set unit_id = ${late.unitId} where email = ${email}`;
    } finally {
      await sql.end();
    }
    await signIn(page, email, "a-long-enough-password");
    await expect(page).toHaveURL(/\/fi\/staff$/);
    const inbox = page.getByRole("region", { name: "Muistutuksesi" });
    await expect(inbox).toBeVisible();
    const overdue = inbox.getByRole("list", { name: /Myöhässä/ });
    await expect(overdue.getByRole("listitem").first()).toBeVisible();
    const link = overdue.getByRole("link").first();
    const title = (await link.textContent())?.trim() ?? "";
    await link.click();
    await expect(page).toHaveURL(/\/fi\/staff\/strategy\/measures\/[0-9a-f-]{36}/);
    await expect(page.getByRole("heading", { level: 1 })).toHaveText(title);
  });
});

test.describe("inbox on the start page, demo editor", () => {
  test.use({ storageState: storageState("editor") });

  test("the start page with its inbox passes axe", async ({ page }) => {
    await page.goto("/sv/staff");
    await expect(page.getByRole("heading", { level: 2, name: "Dina påminnelser" })).toBeVisible();
    await expectNoAxeViolations(page);
  });
});

test.describe("coordinator", () => {
  test.use({ storageState: storageState("coordinator") });
  test("sees what is overdue across the city", async ({ page }) => {
    await page.goto("/en/staff");
    const inbox = page.getByRole("region", { name: "Your reminders" });
    await expect(inbox.getByRole("heading", { level: 3, name: /Overdue across the city/ })).toBeVisible();
    await expect(inbox.getByRole("list", { name: /Overdue across the city/ }).getByText(/Unit: /).first()).toBeVisible();
  });
});

test.describe("settings and calendar link", () => {
  test("a person chooses their language and digest frequency; the page reopens in the new language", async ({ browser }) => {
    const email = `settings-${Date.now()}@hel.fi`;
    await createAccount(email, "a-long-enough-password");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email, "a-long-enough-password");
    await expect(page).toHaveURL(/\/fi\/staff$/);
    await page.goto("/fi/staff");
    await page.getByRole("link", { name: "Muistutusasetukset ja kalenteri" }).click();
    await expect(page.getByRole("heading", { level: 1, name: "Omat asetukset" })).toBeVisible();
    await expect(page.getByLabel("Viikoittain")).toBeChecked();
    await expectNoAxeViolations(page);

    await page.getByLabel("Päivittäin").check();
    await page.getByRole("combobox", { name: "Kieli" }).selectOption("sv");
    await page.getByRole("button", { name: "Tallenna asetukset" }).click();
    await expect(page).toHaveURL(/\/sv\/staff\/profile$/);
    await expect(page.getByRole("heading", { level: 1, name: "Dina inställningar" })).toBeVisible();
    await page.reload();
    await expect(page.getByLabel("Varje dag")).toBeChecked();
    await expect(page.getByRole("combobox", { name: "Språk" })).toHaveValue("sv");

    const sql = e2eSql();
    try {
      const [row] = await sql`select u.locale, p.frequency from users u join reminder_preferences p on p.user_id = u.id where u.email = ${email}`;
      expect(row).toEqual({ locale: "sv", frequency: "daily" });
    } finally {
      await sql.end();
    }
    await context.close();
  });

  test("a calendar link opens as iCalendar, and after revoking it answers 404", async ({ browser, request }) => {
    const email = `calendar-${Date.now()}@hel.fi`;
    await createAccount(email, "a-long-enough-password");
    const context = await browser.newContext();
    const page = await context.newPage();
    await signIn(page, email, "a-long-enough-password", "en");
    await expect(page).toHaveURL(/\/staff$/);
    await page.goto("/en/staff/profile");
    await expect(page.getByText("You have no calendar link.")).toBeVisible();
    await page.getByRole("button", { name: "Make a calendar link" }).click();
    const field = page.getByLabel("Your private calendar link");
    await expect(field).toHaveValue(/\/api\/calendar\/private\/[A-Za-z0-9_-]{43}\.ics$/);
    const url = await field.inputValue();
    await expect(page.getByRole("link", { name: "Open in a calendar program" })).toHaveAttribute("href", url.replace(/^http:/, "webcal:"));
    await expectNoAxeViolations(page);

    const feed = await request.get(url);
    expect(feed.status()).toBe(200);
    expect(feed.headers()["content-type"]).toBe("text/calendar; charset=utf-8");
    const calendar = new ICAL.Component(ICAL.parse(await feed.text()));
    expect(calendar.name).toBe("vcalendar");
    // The feed speaks the language stored in the person's settings (Finnish unless they chose another).
    expect(calendar.getFirstPropertyValue("x-wr-calname")).toBe("Omat määräaikani – Helsingin edunvalvonta");

    await page.reload();
    await expect(page.getByText(/Your calendar link was made on/)).toBeVisible();
    await page.getByRole("button", { name: "Revoke the link" }).click();
    await expect(page.getByText("Revoke the calendar link?")).toBeVisible();
    await page.getByRole("button", { name: "Revoke the link" }).click();
    await expect(page.getByText("The calendar link was revoked.")).toBeVisible();
    expect((await request.get(url)).status()).toBe(404);
    await context.close();
  });

  test("signed out, the settings page asks to sign in", async ({ page }) => {
    await page.goto("/fi/staff/profile");
    await expect(page).toHaveURL(/\/fi\/signin\?callbackUrl=%2Ffi%2Fstaff%2Fprofile/);
  });
});

test.describe("feeds and the job route over HTTP", () => {
  test("the public calendar of published milestones parses in every language", async ({ request }) => {
    for (const locale of ["fi", "sv", "en"]) {
      const response = await request.get(`/api/calendar/public/${locale}.ics`);
      expect(response.status()).toBe(200);
      const calendar = new ICAL.Component(ICAL.parse(await response.text()));
      expect(calendar.getFirstPropertyValue("version")).toBe("2.0");
    }
  });

  test("an unknown calendar link answers 404", async ({ request }) => {
    expect((await request.get(`/api/calendar/private/${"x".repeat(43)}.ics`)).status()).toBe(404);
  });

  test("the job route refuses a caller without the secret", async ({ request }) => {
    const response = await request.post("/api/jobs/reminders", { headers: { authorization: "Bearer guess" } });
    expect([401, 404]).toContain(response.status());
    expect(await response.text()).not.toContain("built");
  });
});
