import { readFileSync } from "node:fs";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { adminAddUserForm, storageState, type DemoRole } from "./helpers";

// The staff page cache (lib/public-cache/staff.ts): a person's own copy of a staff page, until anything is written.

/**
 * Ask until a worker answers from its copy (the server runs two; each keeps its own). Any save drops
 * every copy, and the other specs save all the time beside this one: ask for up to 20 s.
 */
async function getUntilHit(request: APIRequestContext, path: string) {
  const until = Date.now() + 20_000;
  while (Date.now() < until) {
    const response = await request.get(path);
    expect(response.status()).toBe(200);
    if (response.headers()["x-staff-cache"] === "hit") return response;
  }
  throw new Error(`${path} was never answered from the cache`);
}

const sessionCookie = (role: DemoRole) => {
  const state = JSON.parse(readFileSync(storageState(role), "utf8")) as { cookies: { name: string; value: string }[] };
  const cookie = state.cookies.find((c) => c.name.endsWith("authjs.session-token"));
  if (!cookie) throw new Error(`no session cookie for ${role}`);
  return cookie;
};

test.describe("staff pages: each person's own copy", () => {
  test("a kept page is the reader's own, with a fresh nonce each time", async ({ playwright }) => {
    const editor = await playwright.request.newContext({ storageState: storageState("editor") });
    const executive = await playwright.request.newContext({ storageState: storageState("executive") });
    const first = await getUntilHit(editor, "/fi/staff/strategy");
    const second = await getUntilHit(editor, "/fi/staff/strategy");
    const html = await second.text();
    const signedIn = (text: string, name: string) => text.includes(`Kirjautunut: ${name}`);
    expect(signedIn(html, "Eero Editori")).toBe(true);
    expect(second.headers()["cache-control"]).toContain("no-store");
    const nonceOf = (header: string | undefined) => /'nonce-([^']+)'/.exec(header ?? "")?.[1];
    const nonce = nonceOf(second.headers()["content-security-policy"]);
    expect(nonce).toBeTruthy();
    expect(nonce).not.toBe(nonceOf(first.headers()["content-security-policy"]));
    expect(html.includes(`nonce="${nonce}"`)).toBe(true);

    const theirs = await getUntilHit(executive, "/fi/staff/strategy");
    const theirHtml = await theirs.text();
    expect(signedIn(theirHtml, "Johanna Johtaja")).toBe(true);
    expect(signedIn(theirHtml, "Eero Editori")).toBe(false);
    await editor.dispose();
    await executive.dispose();
  });

  test("someone else's save shows within a second, whichever worker answers; the writer's own at once", async ({ browser, playwright }) => {
    const reader = await playwright.request.newContext({ storageState: storageState("admin") });
    const stamp = Date.now();
    await getUntilHit(reader, "/en/staff/admin");
    await getUntilHit(reader, "/en/staff/admin");

    const { context: writerContext, page: writer, form: create, fill } = await adminAddUserForm(browser);
    const addUser = async (email: string) => {
      await fill(email, "Cache Reader");
      // Wait for this save's own answer, not only for the text: the reload below must come after the save.
      const answered = writer.waitForResponse((r) => r.request().method() === "POST" && Boolean(r.request().headers()["next-action"]));
      await create.getByRole("button", { name: "Add user" }).click();
      expect((await answered).status()).toBe(200);
      await expect(create.getByText("User added.")).toBeVisible();
      return Date.now();
    };
    const first = `cache-${stamp}-a@hel.fi`;
    const saved = await addUser(first);

    // The reader carries no sign of the write (no cookie of it): their copy may lag the save by a second at
    // most (STAFF_CACHE_LAG_MS), then every worker knows. These reads also leave copies rendered just now.
    await new Promise((resolve) => setTimeout(resolve, Math.max(0, saved + 1100 - Date.now())));
    for (let i = 0; i < 4; i++) {
      const response = await reader.get("/en/staff/admin");
      expect(response.status()).toBe(200);
      expect((await response.text()).includes(first)).toBe(true);
    }
    // The writer saves again while those copies are well under a second old: their own browser (the
    // write's cookie) never gets a copy from before their save, on whichever worker.
    const second = `cache-${stamp}-b@hel.fi`;
    await addUser(second);
    for (let i = 0; i < 3; i++) {
      await writer.reload();
      await expect(writer.getByText(second).first()).toBeVisible();
    }
    await writerContext.close();
    await reader.dispose();
  });

  test("a forged or altered session gets nobody's copy", async ({ playwright }) => {
    const editor = await playwright.request.newContext({ storageState: storageState("editor") });
    await getUntilHit(editor, "/fi/staff/strategy");
    const { name, value } = sessionCookie("editor");
    const altered = value.slice(0, -4) + (value.endsWith("AAAA") ? "BBBB" : "AAAA");
    const stranger = await playwright.request.newContext();
    for (const token of [altered, "forged", value.split(".").slice(0, 3).join(".")]) {
      const response = await stranger.get("/fi/staff/strategy", { headers: { cookie: `${name}=${token}` }, maxRedirects: 0 });
      expect(response.headers()["x-staff-cache"]).toBeUndefined();
      expect((await response.text()).includes("Kirjautunut: Eero Editori")).toBe(false);
      expect([302, 303, 307]).toContain(response.status());
    }
    await editor.dispose();
    await stranger.dispose();
  });
});
