import { expect, test, type Page } from "@playwright/test";
import fc from "fast-check";
import { actionId } from "./actions";
import { createAccount, e2eSql, recordPublication } from "./db";
import { signIn } from "./helpers";

/**
 * Hostile input over HTTP: stored script is rendered as text everywhere, and
 * hand-made posts of the sign-in actions (not defineAction mutations, so the
 * Vitest attack cannot reach them) never break the server.
 */

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const payload = (tag: string) => `<script>window.__xss="${tag}"</script><img src=x onerror="window.__xss='${tag}'">"'&amp;`;

async function expectNoScriptRan(page: Page) {
  expect(await page.evaluate(() => (window as unknown as { __xss?: string }).__xss)).toBeUndefined();
}

test.describe("stored text is rendered escaped", () => {
  test("a script tag in a published measure's title, description and notes is shown as text", async ({ browser }) => {
    const tag = unique();
    const evil = payload(tag);
    const sql = e2eSql();
    try {
      const [goal] = await sql<{ id: string; unit: string }[]>`
        select g.id, (select id from units where code = 'KANS') as unit from goals g where g.published is not null order by g.sort_order limit 1`;
      if (!goal) throw new Error("no published goal");
      const title = { fi: `${evil} fi`, sv: `${evil} sv`, en: `${evil} en` };
      const description = { fi: `${evil} kuvaus` };
      const snapshot = { goalId: goal.id, title, description, status: "on_schedule", progress: 10, startDate: null, startPrecision: "day", dueDate: null, duePrecision: "day", responsibleUnitId: goal.unit, weight: 1, sortOrder: 999, priorityIds: [] };
      const [measure] = await sql<{ id: string }[]>`insert into measures (goal_id, title, description, status, progress, responsible_unit_id, internal_notes, sort_order, review_state, published, published_at, published_version)
        values (${goal.id}, ${sql.json(title)}, ${sql.json(description)}, 'on_schedule', 10, ${goal.unit}, ${evil + " notes"}, 999, 'published', ${sql.json(snapshot)}, now(), 1) returning id`;
      // As the app does when it publishes: the publication is in the history (the public page cache follows it).
      await recordPublication(sql, "measure", measure!.id, snapshot);
    } finally {
      await sql.end();
    }

    const page = await browser.newPage();
    page.on("dialog", (d) => {
      throw new Error(`a dialog opened: ${d.message()}`);
    });
    for (const locale of ["fi", "sv", "en"]) {
      await page.goto(`/${locale}`);
      await expect(page.getByText(`${evil} ${locale}`, { exact: true })).toBeVisible();
      await expectNoScriptRan(page);
    }
    await page.close();

    // Staff see the working copy and its internal notes: still text.
    const staff = await browser.newPage({ storageState: "e2e/.auth/coordinator.json" });
    await staff.goto("/fi/staff/strategy");
    await expect(staff.getByText(`${evil} fi`).first()).toBeVisible();
    await expect(staff.getByText(`${evil} notes`).first()).toBeVisible();
    await expectNoScriptRan(staff);
    await staff.close();
  });

  test("a script tag in a person's name is shown as text in the header", async ({ page }) => {
    const tag = unique();
    const email = `xss-${tag}@example.com`;
    await createAccount(email, "a-password-for-xss");
    const sql = e2eSql();
    await sql`update users set name = ${payload(tag)} where email = ${email}`;
    await sql.end();
    await signIn(page, email, "a-password-for-xss", "en");
    await expect(page).toHaveURL(/\/en\/staff$/);
    await expect(page.getByText(payload(tag)).first()).toBeVisible();
    await expectNoScriptRan(page);
  });
});

test.describe("hand-made posts of the sign-in actions", () => {
  // Shapes an attacker can post to a server action: JSON arguments of any type,
  // or a multipart form with any fields, including React's own reference syntax.
  const reactRefs = ["$K1", "$K", "$@0", "$Q1", "$W1", "$B1", "$n1", "$D", "$T", "$h1", "$F1", "$undefined", "$-0", "$", "$$x", "$1", "$Z"];
  const hostile = fc.oneof(
    fc.constantFrom("' OR 1=1 --", "<script>alert(1)</script>", "\u0000", "\uD800", "x".repeat(100_000), "admin@example.com", "//evil.example/", "/\\evil.example", "javascript:alert(1)"),
    fc.constantFrom(...reactRefs),
    fc.string({ unit: "binary", maxLength: 30 }),
  );
  const jsonArgs = fc.array(fc.oneof(fc.jsonValue({ maxDepth: 2 }), hostile), { maxLength: 3 }).map((a) => ({ kind: "json" as const, body: JSON.stringify(a) }));
  const rawText = fc.oneof(hostile, fc.string({ maxLength: 50 })).map((s) => ({ kind: "json" as const, body: s }));
  const multipart = fc
    .record({
      zero: fc.oneof(fc.constantFrom('["$K1"]', '[null,"$K1"]', '["$undefined","$K1"]', "[", '{"a":1}', '"$K1"', "[1,2,3]"), hostile),
      fields: fc.dictionary(fc.oneof(fc.constantFrom("1_email", "1_password", "1_locale", "1_callbackUrl", "1_$ACTION_ID_x", "email", "password"), fc.string({ maxLength: 10 })), hostile, { maxKeys: 5 }),
    })
    .map((m) => ({ kind: "multipart" as const, body: { "0": m.zero, ...m.fields } }));
  const arb = fc.oneof(jsonArgs, rawText, multipart);

  for (const [name, runs] of [["signInWithPassword", 1000], ["signInWithOidc", 1000], ["signOutAction", 1000]] as const) {
    test(`${name}: ${runs} malformed posts, no server error, no stack trace, no one signed in`, async ({ request, baseURL }) => {
      test.setTimeout(180_000);
      const id = actionId("app/[locale]/signin/actions.ts", name);
      const samples = fc.sample(arb, { numRuns: runs, seed: 8 });
      const sql = e2eSql();
      // Other tests add and change their own accounts meanwhile: compare what an attacker would want to
      // change (identity, role, password, whether it may sign in) of the demo accounts, which no test changes.
      const accounts = (s: typeof sql, ids: string[]) =>
        s<{ sum: string }[]>`select md5(string_agg(md5(concat_ws('|', id, email, role, password_hash, active, unit_id)), ',' order by id)) as sum from users where id = any(${ids}::uuid[])`;
      const existing = (await sql<{ id: string }[]>`select id from users where email in ('admin@example.com', 'coordinator@example.com', 'editor@example.com', 'executive@example.com')`).map((r) => r.id);
      const [before] = await accounts(sql, existing);
      const problems: string[] = [];
      const statuses: Record<number, number> = {};
      // A few at a time: fast, but not a flood that the rate limit would answer.
      for (let i = 0; i < samples.length; i += 8) {
        await Promise.all(
          samples.slice(i, i + 8).map(async (s) => {
            const headers = { "Next-Action": id, Origin: baseURL ?? "" };
            const response =
              s.kind === "json"
                ? await request.post("/fi/signin", { headers: { ...headers, "Content-Type": "text/plain;charset=UTF-8" }, data: s.body, maxRedirects: 0 })
                : await request.post("/fi/signin", { headers, multipart: s.body, maxRedirects: 0 });
            statuses[response.status()] = (statuses[response.status()] ?? 0) + 1;
            const text = await response.text();
            const cookies = response.headers()["set-cookie"] ?? "";
            if (response.status() >= 500) problems.push(`${response.status()} for ${JSON.stringify(s).slice(0, 200)}`);
            if (/\n\s+at\s|\.tsx?:\d+:\d+|node_modules|PostgresError|syntax error at/.test(text)) problems.push(`leak for ${JSON.stringify(s).slice(0, 200)}: ${text.slice(0, 200)}`);
            if (/session-token=[^;]/.test(cookies)) problems.push(`signed someone in: ${JSON.stringify(s).slice(0, 200)}`);
          }),
        );
      }
      const [after] = await accounts(sql, existing);
      const planted = await sql`select email from users where email in ('admin@example.com', ${"' OR 1=1 --"}, ${"<script>alert(1)</script>"}) and not (id = any(${existing}::uuid[]))`;
      await sql.end();
      console.info(`[hostile-http] ${name}: ${samples.length} posts, statuses ${JSON.stringify(statuses)}`);
      expect(problems.slice(0, 10)).toEqual([]);
      expect(after?.sum, "existing accounts changed").toBe(before?.sum);
      expect(planted, "an account was created").toEqual([]);
    });
  }
});
