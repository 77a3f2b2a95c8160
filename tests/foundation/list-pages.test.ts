import { beforeAll, describe, expect, it, vi } from "vitest";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/db/client";
import { advocacyActivities, euProjects, governmentAsks, networkContacts, networks } from "@/db/schema";
import type { Actor } from "@/lib/permissions";
import { actorByEmail } from "../helpers/actors";
import { setupTestDatabase } from "../helpers/db";
import { renderHtml, renderLocale } from "../helpers/render";

const signedIn = vi.hoisted(() => ({ current: null as Actor | null }));
vi.mock("next-intl/server", async () => (await import("../helpers/render")).translationsMock());
// The locale-aware Link (a client component) marks what it renders, so that a row link made with it shows.
vi.mock("@/lib/i18n/navigation", async () => {
  const React = await import("react");
  const mock = await (await import("../helpers/render")).navigationMock();
  return { ...mock, Link: (props: { href: string }) => React.createElement(mock.Link, { ...props, "data-client-link": "" } as never) };
});
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => signedIn.current }));
vi.mock("next/headers", () => ({ headers: async () => new Headers() }));

/**
 * The staff list pages (EU projects, the networks registry, advocacy actions,
 * asks) render each row as plain server elements: the row's name is an
 * ordinary link to its page in the reader's language (no client component per
 * row), and each label is the translated one, looked up once per page. The
 * rows carry what they carried before: the demo label, "you can edit", status,
 * review state.
 */
const getDb = setupTestDatabase({ demo: true });
let db: Db;
const page = { params: Promise.resolve({ locale: "en" as const }), searchParams: Promise.resolve({}) };
/** The rows of the page's last table (the list; a page may show a table of figures first). */
const rows = (html: string) => html.split("<tbody>").at(-1)?.split("</tbody>")[0] ?? "";

beforeAll(async () => {
  db = await getDb();
  renderLocale.current = "en";
});

describe("the staff list pages", () => {
  it("EU projects: one row per project with a plain link to its page, its labels and flags translated", async () => {
    const { default: ProjectList } = await import("@/app/[locale]/staff/funding/projects/page");
    signedIn.current = await actorByEmail(db, "executive@example.com");
    const [project] = await db
      .select({ id: euProjects.id, acronym: euProjects.acronym })
      .from(euProjects)
      .where(and(isNull(euProjects.archivedAt), eq(euProjects.isDemo, true)))
      .limit(1);
    const body = rows(await renderHtml(await ProjectList({ ...page, searchParams: Promise.resolve({ q: project!.acronym ?? "" }) })));
    expect(body).toMatch(new RegExp(`<a href="/en/staff/funding/projects/${project!.id}">${project!.acronym} – `));
    expect(body).toContain(">Demo<");
    expect(body).not.toContain("data-client-link");
    expect(body).not.toContain("You can edit"); // an executive edits nothing
    expect(body).not.toMatch(/status\.|reviewState\.|list\./); // no untranslated key
    signedIn.current = await actorByEmail(db, "coordinator@example.com");
    const all = rows(await renderHtml(await ProjectList(page)));
    expect(all.match(/<tr>/g)?.length).toBeGreaterThan(1);
    expect(all).toContain("You can edit");
    expect(all).not.toContain("<ul></ul>"); // no empty flag list
  });

  it("the networks registry: plain links, status and review state translated, 'You can edit' for an editor's own", async () => {
    const { default: NetworksPage } = await import("@/app/[locale]/staff/networks/page");
    const editor = await actorByEmail(db, "editor@example.com");
    const [own] = await db.select({ id: networks.id }).from(networks).where(isNull(networks.archivedAt)).limit(1);
    await db.insert(networkContacts).values({ networkId: own!.id, userId: editor.id }).onConflictDoNothing();
    const [name] = await db.select({ name: networks.name }).from(networks).where(eq(networks.id, own!.id));
    signedIn.current = editor;
    const body = rows(await renderHtml(await NetworksPage({ ...page, searchParams: Promise.resolve({ q: name!.name.fi }) })));
    expect(body).toContain(`<a href="/en/staff/networks/${own!.id}">`);
    expect(body).toContain("You can edit");
    expect(body).not.toContain("data-client-link");
    expect(body).not.toMatch(/types\.|statuses\./);
    signedIn.current = await actorByEmail(db, "executive@example.com");
    const asExecutive = rows(await renderHtml(await NetworksPage(page)));
    expect(asExecutive).not.toContain("You can edit");
  });

  it("the measure list: plain links, status, flags and progress written out, 'You can edit' for an editor's own", async () => {
    const { default: MeasureList } = await import("@/app/[locale]/staff/strategy/page");
    signedIn.current = await actorByEmail(db, "editor@example.com");
    const all = rows(await renderHtml(await MeasureList(page)));
    const first = /<th scope="row"><a href="\/en\/staff\/strategy\/measures\/[0-9a-f-]{36}">([^<]+)<\/a>/.exec(all);
    expect(first).not.toBeNull();
    expect(all).toContain(`role="progressbar" aria-label="Progress: ${first![1]}"`);
    expect(all).toMatch(/<span class="badge badge-[a-z_]+">[A-Z]/);
    expect(all).toContain("You can edit");
    expect(all).not.toContain("data-client-link");
    expect(all).not.toMatch(/status\.|strategyFlags\.|staff\./);
    const late = rows(await renderHtml(await MeasureList({ ...page, searchParams: Promise.resolve({ late: "1" }) })));
    expect(late).toContain('<span class="flag flag-late">Late</span>');
  });

  it("advocacy actions and asks: plain links to each item's page", async () => {
    const { default: AdvocacyPage } = await import("@/app/[locale]/staff/advocacy/page");
    const { default: AsksPage } = await import("@/app/[locale]/staff/advocacy/asks/page");
    signedIn.current = await actorByEmail(db, "executive@example.com");
    const [activity] = await db.select({ id: advocacyActivities.id }).from(advocacyActivities).where(isNull(advocacyActivities.archivedAt)).limit(1);
    const [ask] = await db.select({ id: governmentAsks.id }).from(governmentAsks).where(isNull(governmentAsks.archivedAt)).limit(1);
    const activities = (await renderHtml(await AdvocacyPage(page))).split('id="activities-heading"')[1]?.split("<tbody>")[1]?.split("</tbody>")[0] ?? "";
    expect(activities).toContain(`<a href="/en/staff/advocacy/activities/${activity!.id}">`);
    const asks = rows(await renderHtml(await AsksPage(page)));
    expect(asks).toContain(`<a href="/en/staff/advocacy/asks/${ask!.id}">`);
    expect(activities + asks).not.toContain("data-client-link");
  });
});
