import { expect, test, type Page } from "@playwright/test";
import { expectNoAxeViolations } from "./helpers";

/** The public site with assistive technology in mind: axe on every kind of public page in all three languages, and keyboard-only use. */

async function ids(page: Page) {
  const goals = (await (await page.request.get("/api/public/v1/goals")).json()) as { data: { id: string }[] };
  const priorities = (await (await page.request.get("/api/public/v1/priorities")).json()) as { data: { id: string }[] };
  return { goal: goals.data[0]!.id, priority: priorities.data[0]!.id };
}

for (const locale of ["fi", "sv", "en"] as const) {
  test(`axe finds no violations on the public pages (${locale})`, async ({ page }) => {
    test.setTimeout(120_000);
    const { goal, priority } = await ids(page);
    for (const path of [
      `/${locale}`,
      `/${locale}/search`,
      `/${locale}/search?q=helsinki&type=priority`,
      `/${locale}/search?q=zzzz-nothing`,
      `/${locale}/open-data`,
      `/${locale}/accessibility`,
      `/${locale}/feedback`,
      `/${locale}/history/goal/${goal}`,
      `/embed/${locale}/goals/${goal}`,
      `/embed/${locale}/priorities/${priority}`,
      `/${locale}/no-such-page`,
    ]) {
      await page.goto(path);
      await expect(page.locator("html")).toHaveAttribute("lang", locale);
      await test.step(path, () => expectNoAxeViolations(page));
    }
  });
}

/** The focused element: its text, where it leads, and whether a focus indicator is drawn. */
async function focused(page: Page) {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return null;
    const style = getComputedStyle(el);
    const rect = el.getBoundingClientRect();
    return {
      text: (el.getAttribute("aria-label") ?? el.textContent ?? "").trim(),
      href: el.getAttribute("href"),
      id: el.id,
      outline: style.outlineStyle !== "none" && parseFloat(style.outlineWidth) >= 2,
      onScreen: rect.width > 0 && rect.height > 0 && rect.top >= 0 && rect.left >= 0,
    };
  });
}

test("keyboard only: the skip link comes first and works, the tab order reaches every main link, focus is always visible", async ({ page }) => {
  await page.goto("/fi");
  await page.keyboard.press("Tab");
  const skip = await focused(page);
  expect(skip?.text).toBe("Siirry pääsisältöön");
  expect(skip?.onScreen, "the skip link shows when focused").toBe(true);
  expect(skip?.outline).toBe(true);
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/#main$/);
  expect((await focused(page))?.id).toBe("main");

  // From the top: header, language, sign-in, the main menu, the content, the footer, in that order.
  await page.goto("/fi");
  const order: string[] = [];
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press("Tab");
    const f = await focused(page);
    if (!f) break;
    expect(f.outline, `focus is visible on “${f.text}”`).toBe(true);
    order.push(f.text);
    if (f.text === "Palaute" && f.href === "/fi/feedback") break;
  }
  const at = (text: string) => order.indexOf(text);
  for (const text of ["Svenska", "English", "Kirjaudu sisään", "Etusivu", "Haku", "Avoin data", "Helsingin kaupunki on aktiivinen kansainvälinen toimija", "Saavutettavuusseloste", "Palaute"]) {
    expect(at(text), `Tab reaches “${text}” (order: ${order.join(" | ")})`).toBeGreaterThan(-1);
  }
  expect(at("Svenska")).toBeLessThan(at("Etusivu"));
  expect(at("Avoin data")).toBeLessThan(at("Helsingin kaupunki on aktiivinen kansainvälinen toimija"));
  expect(at("Helsingin kaupunki on aktiivinen kansainvälinen toimija")).toBeLessThan(at("Saavutettavuusseloste"));
});

test("keyboard only: search from the menu, filter, open a result and switch language on it", async ({ page }) => {
  await page.goto("/fi");
  // Tab to the main menu's search link and follow it.
  for (let i = 0; i < 30; i++) {
    await page.keyboard.press("Tab");
    if ((await focused(page))?.href === "/fi/search") break;
  }
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/fi\/search$/);
  for (let i = 0; i < 30 && (await focused(page))?.id !== "search-q"; i++) await page.keyboard.press("Tab");
  await page.keyboard.type("elpyminen");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\?q=elpyminen$/);
  // Narrow to priorities with the arrow keys, then submit with the button.
  for (let i = 0; i < 30 && (await focused(page))?.id !== "search-type"; i++) await page.keyboard.press("Tab");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  for (let i = 0; i < 10 && (await focused(page))?.text !== "Hae"; i++) await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/q=elpyminen&type=priority/);
  await expect(page.getByRole("heading", { level: 2, name: "1 tulos" })).toBeVisible();
  // Tab to the result and open it.
  for (let i = 0; i < 30 && (await focused(page))?.text !== "Taloudellinen elpyminen"; i++) await page.keyboard.press("Tab");
  expect((await focused(page))?.href).toMatch(/^\/fi\/goals\/[0-9a-f-]+\/priorities\/[0-9a-f-]+$/);
  // The language switcher keeps the search.
  await page.getByRole("link", { name: "Svenska" }).focus();
  await page.keyboard.press("Enter");
  await expect(page).toHaveURL(/\/sv\/search\?q=elpyminen/);
  await expect(page.getByLabel("Sökord")).toHaveValue("elpyminen");
});
