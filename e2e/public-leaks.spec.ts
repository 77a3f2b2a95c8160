import { expect, test, type APIRequestContext } from "@playwright/test";
import { e2eSql, recordPublication } from "./db";

/**
 * The public site and the open data as a signed-out reader sees them: walk
 * every public page reachable by links (from the home pages in fi, sv and en,
 * plus pages only reached by typing an address: search, history, embeds) and
 * every open-data endpoint, and fail if anything internal shows. The database
 * is first given recognisable markers in internal notes, review comments,
 * unpublished drafts of published items, internal and unpublished items,
 * archived items and items under an unpublished parent.
 */

const unique = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
type Seeded = {
  marker: string;
  hiddenIds: string[];
  areaHidden: { project: string; ask: string };
  visibleMeasureId: string;
  visibleTitle: string;
  goalIds: string[];
  priorityIds: string[];
  /** Downloads a signed-out reader must never get (internal, waiting for review, a version not yet reviewed, on an unpublished item). */
  hiddenDownloads: string[];
  /** The published version of the public document. */
  publicDownload: string;
};

async function seed(tag: string): Promise<Seeded> {
  const sql = e2eSql();
  const M = (what: string) => `INTERNAL-MARKER-${tag}-${what}`;
  const json = (v: Record<string, unknown>) => sql.json(v as never);
  try {
    const [goal] = await sql<{ id: string; period_id: string }[]>`select id, period_id from goals where published is not null and archived_at is null order by sort_order limit 1`;
    const [priority] = await sql<{ id: string }[]>`select id from priorities where goal_id = ${goal!.id} and published is not null order by sort_order limit 1`;
    const measure = async (values: { goalId: string; title: string; published?: Record<string, unknown> | null; visibility?: string; archived?: boolean; notes?: string; comment?: string; description?: string }) => {
      const [row] = await sql<{ id: string }[]>`
        insert into measures (goal_id, title, description, status, progress, visibility, internal_notes, review_comment, sort_order, review_state, published, published_at, published_version, archived_at)
        values (${values.goalId}, ${json({ fi: values.title, sv: values.title })}, ${values.description ? json({ fi: values.description }) : null}, 'on_schedule', 40,
          ${values.visibility ?? "public"}, ${values.notes ?? null}, ${values.comment ?? null}, 950, ${values.published ? "published" : "draft"},
          ${values.published ? json(values.published) : null}, ${values.published ? sql`now()` : null}, ${values.published ? 1 : null}, ${values.archived ? sql`now()` : null})
        returning id`;
      if (values.published) await recordPublication(sql, "measure", row!.id, values.published);
      return row!.id;
    };
    const snapshot = (goalId: string, title: string, priorityIds: string[] = []) => ({
      goalId, title: { fi: title, sv: `${title} sv`, en: `${title} en` }, description: null, status: "on_schedule", progress: 40, startDate: null, startPrecision: "day",
      dueDate: "2025-06-30", duePrecision: "month", responsibleUnitId: null, weight: 1, sortOrder: 950, priorityIds, milestones: [],
    });

    // The unpublished priority the published measure also names.
    const [hiddenPriority] = await sql<{ id: string }[]>`insert into priorities (goal_id, title, sort_order) values (${goal!.id}, ${json({ fi: M("priority"), sv: M("priority") })}, 950) returning id`;
    // Published, but its working copy holds a draft title, internal notes and a review comment.
    const visibleTitle = `Julkinen toimenpide ${tag}`;
    const visibleMeasureId = await measure({
      goalId: goal!.id,
      title: M("draft-title"),
      description: M("draft-description"),
      notes: M("internal-notes"),
      comment: M("review-comment"),
      published: snapshot(goal!.id, visibleTitle, [priority!.id, hiddenPriority!.id]),
    });
    await sql`insert into measure_priorities (measure_id, priority_id) values (${visibleMeasureId}, ${priority!.id}), (${visibleMeasureId}, ${hiddenPriority!.id})`;
    const internal = await measure({ goalId: goal!.id, title: M("internal-measure"), visibility: "internal" });
    const draft = await measure({ goalId: goal!.id, title: M("draft-measure") });
    const archived = await measure({ goalId: goal!.id, title: M("archived"), published: snapshot(goal!.id, M("archived")), archived: true });
    const [hiddenGoal] = await sql<{ id: string }[]>`insert into goals (period_id, title, scope, sort_order) values (${goal!.period_id}, ${json({ fi: M("goal"), sv: M("goal") })}, 'eu', 950) returning id`;
    const orphan = await measure({ goalId: hiddenGoal!.id, title: M("orphan"), published: snapshot(hiddenGoal!.id, M("orphan")) });
    // Progress updates: internal and unpublished.
    await sql`insert into progress_updates (measure_id, date, body, visibility) values
      (${visibleMeasureId}, '2024-05-03', ${json({ fi: M("internal-update") })}, 'internal'),
      (${visibleMeasureId}, '2024-05-04', ${json({ fi: M("draft-update") })}, 'public')`;
    const [indicator] = await sql<{ id: string }[]>`insert into indicators (period_id, title, unit) values (${goal!.period_id}, ${json({ fi: M("indicator") })}, ${json({ fi: "kpl" })}) returning id`;
    // Advocacy: an internal plan and a statement's internal notes.
    await sql`insert into advocacy_activities (type, priority_id, title, internal_notes, visibility) values ('statement', ${priority!.id}, ${json({ fi: M("internal-statement") })}, ${M("statement-notes")}, 'internal')`;
    // The other areas: a published network's working copy with a draft name and internal notes; an unpublished EU project; an internal ask.
    await sql`update networks set name = ${json({ fi: M("network-draft"), sv: M("network-draft") })}, internal_notes = ${M("network-notes")}
      where id = (select id from networks where published is not null and archived_at is null order by id limit 1)`;
    const [hiddenProject] = await sql<{ id: string }[]>`insert into eu_projects (external_id, name, programme_id, internal_notes)
      values (${M("project-ext")}, ${json({ fi: M("project"), sv: M("project") })}, (select id from funding_programmes order by sort_order limit 1), ${M("project-notes")}) returning id`;
    const [hiddenAsk] = await sql<{ id: string }[]>`insert into government_asks (programme_year, priority_id, wording, internal_notes, visibility)
      values (2027, ${priority!.id}, ${json({ fi: M("internal-ask"), sv: M("internal-ask") })}, ${M("ask-notes")}, 'internal') returning id`;
    // A published goal whose working copy has a draft description.
    await sql`update goals set description = ${json({ fi: M("goal-draft") })} where id = ${goal!.id}`;

    // Documents of the published measure: public and published (its reviewed version 1 is public, version 2 waits for
    // review), internal, and public but never reviewed; and a published public document of an unpublished item.
    const pdf = (text: string) => Buffer.from(`%PDF-1.4\n% ${text}\ntrailer<</Root 1 0 R>>\n%%EOF\n`);
    const doc = async (values: { parentId: string; title: string; visibility: "public" | "internal"; publish?: boolean; files: string[] }) => {
      const [d] = await sql<{ id: string }[]>`insert into documents (parent_kind, parent_id, kind, title, visibility, review_state)
        values ('measure', ${values.parentId}, 'report', ${json({ fi: values.title, sv: values.title })}, ${values.visibility}, ${values.publish ? "published" : values.visibility === "public" ? "pending" : "draft"}) returning id`;
      const versions: string[] = [];
      for (const [i, text] of values.files.entries()) {
        const [v] = await sql<{ id: string }[]>`insert into document_versions (document_id, number, file_name, content_type, byte_size, sha256, storage, storage_key)
          values (${d!.id}, ${i + 1}, ${`file-${i + 1}.pdf`}, 'application/pdf', ${pdf(text).length}, ${"0".repeat(64)}, 'pg', ${`documents/${d!.id}/v${i + 1}`}) returning id`;
        await sql`insert into document_blobs (key, data) values (${`documents/${d!.id}/v${i + 1}`}, ${pdf(text)})`;
        versions.push(v!.id);
      }
      await sql`update documents set current_version_id = ${versions.at(-1)!} where id = ${d!.id}`;
      if (values.publish) {
        const snap = { visibility: "public", parentKind: "measure", parentId: values.parentId, kind: "report", title: { fi: `Julkinen asiakirja ${tag}`, sv: `Offentligt dokument ${tag}` }, versionId: versions[0], versionNumber: 1, fileName: "file-1.pdf", contentType: "application/pdf", byteSize: pdf(values.files[0]!).length, decisionUrl: null, decisionNumber: null, decisionDate: null, decisionBody: null };
        await sql`update documents set published = ${json(snap)}, published_at = now(), published_version = 1 where id = ${d!.id}`;
      }
      return { id: d!.id, versions };
    };
    const publicDoc = await doc({ parentId: visibleMeasureId, title: M("document-draft-title"), visibility: "public", publish: true, files: ["public version", M("document-v2")] });
    const internalDoc = await doc({ parentId: visibleMeasureId, title: M("internal-document"), visibility: "internal", files: [M("internal-document-file")] });
    const pendingDoc = await doc({ parentId: visibleMeasureId, title: M("pending-document"), visibility: "public", files: [M("pending-document-file")] });
    const orphanDoc = await doc({ parentId: orphan, title: M("orphan-document"), visibility: "public", publish: true, files: [M("orphan-document-file")] });
    const hiddenDownloads = [publicDoc.versions[1]!, ...internalDoc.versions, ...pendingDoc.versions, ...orphanDoc.versions];

    const goals = await sql<{ id: string }[]>`select id from goals where published is not null and archived_at is null`;
    const priorities = await sql<{ id: string }[]>`select id from priorities where published is not null and archived_at is null`;
    return {
      marker: `INTERNAL-MARKER-${tag}`,
      hiddenIds: [internal, draft, archived, orphan, hiddenGoal!.id, hiddenPriority!.id, indicator!.id, hiddenProject!.id, hiddenAsk!.id, internalDoc.id, pendingDoc.id, ...hiddenDownloads],
      hiddenDownloads,
      publicDownload: publicDoc.versions[0]!,
      areaHidden: { project: hiddenProject!.id, ask: hiddenAsk!.id },
      visibleMeasureId,
      visibleTitle,
      goalIds: goals.map((g) => g.id),
      priorityIds: priorities.map((p) => p.id),
    };
  } finally {
    await sql.end();
  }
}

function check(url: string, body: string, seeded: Seeded, problems: string[], options: { ids?: boolean } = {}) {
  if (body.includes(seeded.marker)) problems.push(`${url}: shows ${body.match(new RegExp(`${seeded.marker}-[a-z-]+`))?.[0]}`);
  // (A "not found" page may repeat the address the reader typed, id included.)
  if (options.ids !== false) for (const id of seeded.hiddenIds) if (body.includes(id)) problems.push(`${url}: names the hidden item ${id}`);
  for (const field of ["internalNotes", "internal_notes", "reviewComment", "review_comment", "passwordHash", "senderKey"]) if (body.includes(field)) problems.push(`${url}: has the field ${field}`);
}

async function walk(request: APIRequestContext, starts: string[], seeded: Seeded, problems: string[]) {
  const seen = new Set<string>();
  const queue = [...starts];
  const statuses: Record<string, number> = {};
  while (queue.length && seen.size < 600) {
    const url = queue.shift()!;
    if (seen.has(url)) continue;
    seen.add(url);
    const response = await request.get(url, { maxRedirects: 0 });
    statuses[response.status()] = (statuses[response.status()] ?? 0) + 1;
    if (response.status() >= 500) problems.push(`${url}: ${response.status()}`);
    const body = await response.text();
    check(url, body, seeded, problems);
    if (!(response.headers()["content-type"] ?? "").startsWith("text/html")) continue;
    for (const [, href] of body.matchAll(/<a\b[^>]*\bhref="([^"#]+)/g)) {
      const target = href!.replaceAll("&amp;", "&");
      // Public pages of this site only (not the sign-in or the staff area).
      if (/^\/(fi|sv|en)(\/|$)|^\/embed\//.test(target) && !/^\/(fi|sv|en)\/(staff|signin)/.test(target) && !seen.has(target)) queue.push(target);
      if ((target.startsWith("/api/public/") || target.startsWith("/api/documents/")) && !seen.has(target)) queue.push(target);
    }
  }
  return { pages: seen.size, statuses, downloads: [...seen].filter((u) => u.startsWith("/api/documents/")) };
}

test("signed-out readers never see internal fields, drafts or unpublished items on the public site or in the open data", async ({ request }) => {
  test.setTimeout(240_000);
  const seeded = await seed(unique());
  const problems: string[] = [];

  // Pages reached by typing an address, not by a link: searches, history, embeds.
  const typed = ["fi", "sv", "en"].flatMap((l) => [
    `/${l}`,
    `/${l}/search?q=${encodeURIComponent("INTERNAL-MARKER")}`,
    `/${l}/search?q=${encodeURIComponent(seeded.visibleTitle)}`,
    `/${l}/search?type=measure`,
    `/${l}/search?type=euProject`,
    `/${l}/search?type=network`,
    `/${l}/search?type=action`,
    `/${l}/search?type=ask`,
    `/${l}/eu-projects`,
    `/${l}/networks`,
    `/${l}/advocacy`,
    `/api/public/feeds/${l}.atom`,
    ...seeded.goalIds.map((id) => `/api/public/feeds/goals/${id}/${l}.atom`),
    `/${l}/history/measure/${seeded.visibleMeasureId}`,
    ...seeded.goalIds.map((id) => `/embed/${l}/goals/${id}`),
    ...seeded.priorityIds.map((id) => `/embed/${l}/priorities/${id}`),
  ]);
  const site = await walk(request, ["/sitemap.xml", ...typed], seeded, problems);

  // Open data: the index, every list as JSON and CSV, and every item.
  const index = (await (await request.get("/api/public/v1")).json()) as { data: { name: string; json: string; csv: string }[] };
  const api = ["/api/public/v1", "/api/public/v1/openapi.json"];
  for (const r of index.data) {
    const path = new URL(r.json).pathname;
    api.push(path, `${path}.csv`);
    const list = (await (await request.get(path)).json()) as { data: { id: string }[] };
    for (const item of list.data) if (!item.id.includes(":")) api.push(`${path}/${item.id}`);
  }
  for (const url of api) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(200);
    check(url, await response.text(), seeded, problems);
  }

  // What is hidden is not found by its address either.
  for (const id of seeded.hiddenIds) {
    for (const url of [`/fi/history/measure/${id}`, `/fi/history/goal/${id}`, `/embed/fi/goals/${id}`, `/api/public/v1/measures/${id}`, `/api/public/v1/goals/${id}`]) {
      const response = await request.get(url);
      expect(response.status(), url).toBe(404);
      check(url, await response.text(), seeded, problems, { ids: false });
    }
  }

  // The other areas' hidden items are not found by their addresses, nor their feeds.
  for (const url of [`/fi/eu-projects/${seeded.areaHidden.project}`, `/api/public/v1/eu-projects/${seeded.areaHidden.project}`, `/api/public/v1/advocacy-asks/${seeded.areaHidden.ask}`, ...seeded.hiddenIds.map((id) => `/api/public/feeds/goals/${id}/fi.atom`)]) {
    const response = await request.get(url);
    expect(response.status(), url).toBe(404);
    check(url, await response.text(), seeded, problems, { ids: false });
  }

  // Documents: the walk reached the public one's reviewed version by its link; nothing else is served signed out.
  expect(site.downloads, "document links followed").toContain(`/api/documents/${seeded.publicDownload}`);
  const published = await request.get(`/api/documents/${seeded.publicDownload}`);
  expect(published.status()).toBe(200);
  expect(published.headers()["content-disposition"]).toMatch(/^attachment;/);
  expect(published.headers()["x-content-type-options"]).toBe("nosniff");
  for (const id of seeded.hiddenDownloads) {
    const response = await request.get(`/api/documents/${id}`);
    expect(response.status(), `document version ${id}`).toBe(404);
    check(`/api/documents/${id}`, await response.text(), seeded, problems, { ids: false });
  }

  // The walk saw the published version: it did look at real, fresh content.
  const found = await request.get(`/en/search?q=${encodeURIComponent(seeded.visibleTitle)}`);
  expect(await found.text()).toContain(`${seeded.visibleTitle} en`);
  console.info(`[public-leaks] ${site.pages} pages (statuses ${JSON.stringify(site.statuses)}), ${api.length} open-data answers, markers never shown`);
  expect(site.pages).toBeGreaterThan(30);
  expect(problems).toEqual([]);
});
