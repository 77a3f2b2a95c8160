import { readdirSync, readFileSync, statSync } from "node:fs";
import path from "node:path";
import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eSql } from "./db";
import { storageState } from "./helpers";

/**
 * Nothing internal reaches anyone who should not see it: the public site (crawled
 * from the home page in three languages), the JSON endpoints and the client
 * JavaScript bundles never carry internal notes, drafts, review comments,
 * password hashes or secrets — the app's own and ones planted for the test.
 */

const AUTH_SECRET = "e2e-secret-e2e-secret-e2e-secret"; // playwright.config.ts
const hashPattern = /\$2[aby]\$\d\d\$[./A-Za-z0-9]{20,}/;
const fieldNames = /passwordHash|password_hash|internalNotes|internal_notes|reviewComment|review_comment/;
const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 8)}`;

/** Internal text from the database: every internal-notes or review-comment column, unpublished titles, hashes. */
async function sensitiveStrings(): Promise<string[]> {
  const sql = e2eSql();
  try {
    const columns = await sql<{ table: string; column: string }[]>`
      select c.table_name as table, c.column_name as column from information_schema.columns c
      join information_schema.tables t on t.table_name = c.table_name and t.table_schema = c.table_schema and t.table_type = 'BASE TABLE'
      where c.table_schema = 'public' and c.data_type in ('text', 'jsonb', 'character varying')
        and (c.column_name like '%internal%' or c.column_name in ('review_comment', 'password_hash'))`;
    const values: string[] = [];
    for (const { table, column } of columns) {
      const rows = await sql.unsafe<{ v: string }[]>(`select "${column}"::text as v from "${table}" where "${column}" is not null limit 500`);
      for (const r of rows) values.push(...textsOf(r.v));
    }
    // Titles of items that were never published (drafts) must not be public either.
    const drafts = await sql<{ table: string }[]>`
      select table_name as table from information_schema.columns where table_schema = 'public' and column_name = 'published'
      intersect select table_name from information_schema.columns where table_schema = 'public' and column_name = 'title'`;
    const published = new Set<string>();
    for (const { table } of drafts) {
      const rows = await sql.unsafe<{ p: string }[]>(`select published::text as p from "${table}" where published is not null`);
      for (const r of rows) published.add(r.p);
    }
    const everythingPublished = [...published].join("\n");
    for (const { table } of drafts) {
      const rows = await sql.unsafe<{ v: string }[]>(`select title::text as v from "${table}" where published is null`);
      for (const r of rows) for (const t of textsOf(r.v)) if (!everythingPublished.includes(t)) values.push(t);
    }
    return [...new Set(values.filter((v) => v.length >= 12))];
  } finally {
    await sql.end();
  }
}

/** The strings inside a text or a JSON value (a localized field's fi/sv/en). */
function textsOf(v: string): string[] {
  try {
    const parsed = JSON.parse(v) as unknown;
    if (parsed && typeof parsed === "object") return Object.values(parsed as Record<string, unknown>).filter((x): x is string => typeof x === "string");
    if (typeof parsed === "string") return [parsed];
  } catch {
    // plain text
  }
  return [v];
}

function findLeak(body: string, secrets: string[]): string | null {
  if (body.includes(AUTH_SECRET)) return "AUTH_SECRET";
  const hash = hashPattern.exec(body);
  if (hash) return `password hash ${hash[0].slice(0, 12)}…`;
  const name = fieldNames.exec(body);
  if (name) return `field name ${name[0]}`;
  const text = secrets.find((s) => body.includes(s) || body.includes(JSON.stringify(s).slice(1, -1)));
  return text ? `internal text "${text.slice(0, 60)}"` : null;
}

/** Breadth-first over same-origin links, bounded; yields every response body. */
async function crawl(request: APIRequestContext, starts: string[], skip: RegExp, limit: number) {
  const seen = new Set<string>();
  const queue = [...starts];
  const pages: { url: string; status: number; body: string }[] = [];
  while (queue.length && pages.length < limit) {
    const url = queue.shift() as string;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await request.get(url, { maxRedirects: 0 });
    const body = await response.text();
    pages.push({ url, status: response.status(), body });
    for (const m of body.matchAll(/href="(\/(?:fi|sv|en)(?:\/[^"#?]*)?)(?:[?#][^"]*)?"/g)) {
      const next = m[1] as string;
      if (!seen.has(next) && !skip.test(next)) queue.push(next);
    }
  }
  return pages;
}

test.describe("no leaks", () => {
  test("the public site in three languages carries no internal text, draft, hash or secret", async ({ playwright, baseURL }) => {
    test.setTimeout(240_000);
    // Plant markers: a published measure with internal notes, and a draft that was never published.
    const tag = unique();
    const sql = e2eSql();
    try {
      const [goal] = await sql<{ id: string }[]>`select id from goals where published is not null order by sort_order limit 1`;
      if (!goal) throw new Error("no published goal");
      const title = { fi: `Julkinen leak-testi ${tag}`, sv: `Offentlig ${tag}`, en: `Public leak test ${tag}` };
      const snapshot = { goalId: goal.id, title, description: null, status: "on_schedule", progress: 5, startDate: null, startPrecision: "day", dueDate: null, duePrecision: "day", responsibleUnitId: null, weight: 1, sortOrder: 998, priorityIds: [] };
      const [planted] = await sql<{ id: string }[]>`insert into measures (goal_id, title, internal_notes, review_comment, review_state, published, published_at, published_version, sort_order)
        values (${goal.id}, ${sql.json(title)}, ${"SISÄINEN-MUISTIINPANO-" + tag}, ${"TARKASTUSKOMMENTTI-" + tag}, 'published', ${sql.json(snapshot)}, now(), 1, 998) returning id`;
      // A publication leaves a history entry; it is also what tells the public page cache that pages changed.
      await sql`insert into audit_log (entity_type, entity_id, action, version, is_publication, after) values ('measure', ${planted?.id ?? ""}, 'publish', 1, true, ${sql.json(snapshot)})`;
      await sql`insert into measures (goal_id, title, internal_notes, review_state, visibility, sort_order)
        values (${goal.id}, ${sql.json({ fi: `LUONNOS-EI-JULKINEN-${tag}` })}, ${"LUONNOKSEN-MUISTIINPANO-" + tag}, 'draft', 'public', 997)`;
    } finally {
      await sql.end();
    }
    await new Promise((r) => setTimeout(r, 1500)); // the cache re-reads its change counter every second
    const secrets = await sensitiveStrings();
    expect(secrets.some((s) => s.includes(`SISÄINEN-MUISTIINPANO-${tag}`))).toBe(true);
    expect(secrets.some((s) => s.includes(`LUONNOS-EI-JULKINEN-${tag}`))).toBe(true);

    const request = await playwright.request.newContext({ baseURL, storageState: { cookies: [], origins: [] } });
    const pages = await crawl(request, ["/fi", "/sv", "/en"], /\/(staff|signin)(\/|$)/, 150);
    // The sitemap, the feeds and every area's open data (JSON and CSV).
    for (const url of ["/sitemap.xml", "/api/public/feeds/fi.atom", "/api/public/feeds/en.atom", ...["eu-projects", "networks", "advocacy-actions", "advocacy-asks"].flatMap((r) => [`/api/public/v1/${r}`, `/api/public/v1/${r}.csv`])]) {
      const response = await request.get(url);
      pages.push({ url, status: response.status(), body: await response.text() });
    }
    const health = await request.get("/api/health");
    const session = await request.get("/api/auth/session");
    pages.push({ url: "/api/health", status: health.status(), body: await health.text() }, { url: "/api/auth/session", status: session.status(), body: await session.text() });
    await request.dispose();

    // Other specs run in parallel and publish their own drafts (links.spec publishes a measure it made):
    // a text counts as internal only if it was internal before the crawl and still is after it.
    const stillInternal = new Set(await sensitiveStrings());
    const internal = secrets.filter((s) => stillInternal.has(s));
    expect(internal.some((s) => s.includes(`LUONNOS-EI-JULKINEN-${tag}`))).toBe(true);
    console.info(`[leaks] public: ${pages.length} responses checked against ${internal.length} internal strings`);
    expect(pages.some((p) => p.body.includes(`Julkinen leak-testi ${tag}`)), "the planted published measure is on the public site").toBe(true);
    const leaks = pages.flatMap((p) => {
      const leak = findLeak(p.body, internal);
      return leak ? [`${p.url}: ${leak}`] : [];
    });
    expect(leaks).toEqual([]);
    expect(pages.filter((p) => p.status >= 500).map((p) => p.url)).toEqual([]);
  });

  test("signed-in staff responses carry no password hash or secret", async ({ playwright, baseURL }) => {
    test.setTimeout(240_000);
    const request = await playwright.request.newContext({ baseURL, storageState: storageState("editor") });
    const pages = await crawl(request, ["/fi/staff", "/en/staff"], /\/signin|\/export|\.(csv|xlsx|pdf|ics)$/, 120);
    const session = await request.get("/api/auth/session");
    const sessionBody = await session.text();
    await request.dispose();
    console.info(`[leaks] staff: ${pages.length} responses checked`);
    const leaks = [...pages, { url: "/api/auth/session", status: 200, body: sessionBody }].flatMap((p) => {
      if (p.body.includes(AUTH_SECRET)) return [`${p.url}: AUTH_SECRET`];
      const hash = hashPattern.exec(p.body);
      if (hash) return [`${p.url}: password hash`];
      if (/passwordHash|password_hash/.test(p.body)) return [`${p.url}: password field`];
      return [];
    });
    expect(leaks).toEqual([]);
    // The session tells the browser who is signed in, nothing more.
    const parsed = JSON.parse(sessionBody) as { user?: Record<string, unknown> };
    expect(Object.keys(parsed.user ?? {}).sort()).toEqual(expect.arrayContaining(["email"]));
    expect(Object.keys(parsed.user ?? {}).every((k) => ["id", "name", "email", "image"].includes(k))).toBe(true);
  });

  test("the client JavaScript bundles carry no secret, hash, database address or internal data", async () => {
    const secrets = (await sensitiveStrings()).filter((s) => s.length >= 16);
    const files: string[] = [];
    const walk = (dir: string) => {
      for (const name of readdirSync(dir)) {
        const full = path.join(dir, name);
        if (statSync(full).isDirectory()) walk(full);
        else if (/\.(js|css|json|txt|map)$/.test(name)) files.push(full);
      }
    };
    walk(path.resolve(".next/static"));
    expect(files.length).toBeGreaterThan(5);
    const problems: string[] = [];
    for (const file of files) {
      const text = readFileSync(file, "utf8");
      if (text.includes(AUTH_SECRET)) problems.push(`${file}: AUTH_SECRET`);
      if (hashPattern.test(text)) problems.push(`${file}: password hash`);
      if (/passwordHash|password_hash/.test(text)) problems.push(`${file}: password field`);
      if (/postgres(ql)?:\/\/|DATABASE_URL|AUTH_OIDC_CLIENT_SECRET|ADMIN_PASSWORD/.test(text)) problems.push(`${file}: database address or server setting`);
      const text2 = secrets.find((s) => text.includes(s));
      if (text2) problems.push(`${file}: internal text "${text2.slice(0, 40)}"`);
    }
    console.info(`[leaks] bundles: ${files.length} files in .next/static checked`);
    expect(problems).toEqual([]);
  });
});
