import { asc, like } from "drizzle-orm";
import { afterEach, beforeAll, describe, expect, it, vi } from "vitest";
import { POST as advocacyImport } from "@/app/api/advocacy/actions/import/route";
import { POST as fundingImport } from "@/app/api/funding/import/route";
import { GET as jobRoute } from "@/app/api/staff/import-jobs/[id]/route";
import type { Db } from "@/db/client";
import { euProjects, fundingProgrammes } from "@/db/schema";
import { IMPORT_JOB_HEADER } from "@/lib/import-export/integrity";
import { clearImportJobsForTests, currentImportProgress, MAX_RUNNING_PER_PERSON, runInImportJob, claimImportJob, createImportJob, findImportJob, finishImportJob, importJobKnown } from "@/lib/import-export/jobs";
import type { ImportJobView } from "@/lib/import-export/result";
import type { Actor } from "@/lib/permissions";
import { demoDatabaseWith, demoStaff } from "../helpers/actors";
import { changedTables, databaseChecksum } from "../helpers/checksum";

/**
 * Issue 15 item 1, "…with progress for large files": a check or import runs
 * as a progress job of the person who started it; its poll
 * (GET /api/staff/import-jobs/<id>) answers counts only, to that person or
 * a coordinator of the list, and nobody else; counts only grow; the end is
 * done with the summary or failed with the message, and then nothing was written.
 */
const current = vi.hoisted(() => ({ actor: null as Actor | null }));
vi.mock("@/lib/auth/current-user", () => ({ getCurrentUser: async () => current.actor, getSessionUserId: async () => current.actor?.id ?? null }));

let db: Db, coordinator: Actor, editor: Actor, admin: Actor, otherEditor: Actor, executive: Actor;
demoDatabaseWith(
  { ...demoStaff, admin: "admin@example.com", otherEditor: { role: "editor" }, executive: { role: "executive" } },
  (r) => ({ db, coordinator, editor, admin, otherEditor, executive } = r),
);
let programme: string;

beforeAll(async () => {
  const [p] = await db.select({ code: fundingProgrammes.code }).from(fundingProgrammes).orderBy(asc(fundingProgrammes.sortOrder)).limit(1);
  programme = p!.code;
});
afterEach(() => {
  current.actor = null;
  clearImportJobsForTests();
});

type Answer<T = unknown> = { status: number; body: { ok: boolean; data?: T; code?: string; message?: { key: string; params?: Record<string, unknown> } } };

async function as<T>(actor: Actor | null, call: () => Promise<Response>): Promise<Answer<T>> {
  const before = current.actor;
  current.actor = actor;
  try {
    const response = await call();
    return { status: response.status, body: (await response.json()) as Answer<T>["body"] };
  } finally {
    current.actor = before;
  }
}

const newJob = (route: (r: Request) => Promise<Response>, path: string, step: "check" | "run") => route(new Request(`http://localhost${path}?step=job&for=${step}`, { method: "POST" }));
const upload = (route: (r: Request) => Promise<Response>, path: string, body: string, job: string | null, check = false) =>
  route(new Request(`http://localhost${path}${check ? "?check=1" : ""}`, { method: "POST", headers: { "content-type": "application/octet-stream", ...(job ? { [IMPORT_JOB_HEADER]: job } : {}) }, body }));
const poll = (id: string) => jobRoute(new Request(`http://localhost/api/staff/import-jobs/${id}`), { params: Promise.resolve({ id }) });

/** EU projects in a CSV: `n` new ones. */
function projects(prefix: string, n: number, extra: string[] = []): string {
  const lines = ["external_id;name_fi;programme;status;role"];
  for (let i = 0; i < n; i++) lines.push(`${prefix}-${i};Edistyshanke ${i};${programme};ongoing;partner`);
  return [...lines, ...extra].join("\n") + "\n";
}

/** Run the upload as `actor` and poll the job as its owner while it runs: every answer seen, and the upload's own. */
async function runWatched(actor: Actor, path: string, route: (r: Request) => Promise<Response>, body: string, step: "check" | "run") {
  const created = await as<{ id: string }>(actor, () => newJob(route, path, step));
  expect(created.status).toBe(201);
  const id = created.body.data!.id;
  current.actor = actor;
  let finished = false;
  const answer = upload(route, path, body, id, step === "check").then(async (r) => {
    finished = true;
    return { status: r.status, body: (await r.json()) as Answer["body"] };
  });
  const seen: ImportJobView[] = [];
  while (!finished) {
    const r = await poll(id);
    expect(r.status).toBe(200);
    seen.push(((await r.json()) as { data: ImportJobView }).data);
    await new Promise((resolve) => setTimeout(resolve, 2));
  }
  const result = await answer;
  const end = ((await (await poll(id)).json()) as { data: ImportJobView }).data;
  return { id, seen, result, end };
}

const order = ["waiting", "read", "validate", "apply", "done", "failed"];
function expectMonotonic(seen: ImportJobView[]) {
  for (let i = 1; i < seen.length; i++) {
    const [a, b] = [seen[i - 1]!, seen[i]!];
    expect(order.indexOf(b.phase)).toBeGreaterThanOrEqual(order.indexOf(a.phase));
    expect(b.checked).toBeGreaterThanOrEqual(a.checked);
    expect(b.applied).toBeGreaterThanOrEqual(a.applied);
    if (b.total !== null) expect(b.checked).toBeLessThanOrEqual(b.total);
  }
}

describe("an import's progress, polled while it runs", () => {
  it("counts rows checked and rows written up to the total, only growing, and ends done with the summary", async () => {
    const { seen, result, end } = await runWatched(coordinator, "/api/funding/import", fundingImport, projects("PROG-A", 150), "run");
    expect(result.status).toBe(200);
    expectMonotonic(seen);
    // Real progress: the poll was answered while rows were being written, not only before and after.
    expect(seen.some((v) => v.phase === "apply" && v.applied > 0 && v.applied < 150)).toBe(true);
    expect(seen.every((v) => v.total === null || v.total === 150)).toBe(true);
    expect(end).toMatchObject({ phase: "done", step: "run", total: 150, checked: 150, applied: 150, summary: { total: 150, created: 150, updated: 0 }, message: null });
    // Counts only: no cell of the file, no name.
    expect(JSON.stringify(end)).not.toContain("Edistyshanke");
    expect(await db.$count(euProjects, like(euProjects.externalId, "PROG-A-%"))).toBe(150);
  });

  it("a check counts the same way and writes nothing", async () => {
    const before = await databaseChecksum(db);
    const { seen, result, end } = await runWatched(coordinator, "/api/funding/import", fundingImport, projects("PROG-C", 300), "check");
    expect(result.status).toBe(200);
    expectMonotonic(seen);
    expect(end).toMatchObject({ phase: "done", step: "check", total: 300, checked: 300, summary: { total: 300, created: 300 } });
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });

  it("a row that fails in the database step ends the job failed with the message, and nothing was written", async () => {
    // An archived project: refused by the import (database check), after 120 rows were written in the transaction.
    const [p] = await db.select({ id: fundingProgrammes.id }).from(fundingProgrammes).limit(1);
    await db.insert(euProjects).values({ externalId: "PROG-F-ARCHIVED", name: { fi: "Arkistoitu" }, programmeId: p!.id, status: "closed", archivedAt: new Date() });
    const before = await databaseChecksum(db);
    const { seen, result, end } = await runWatched(coordinator, "/api/funding/import", fundingImport, projects("PROG-F", 120, [`PROG-F-ARCHIVED;Arkistoitu;${programme};closed;partner`]), "run");
    expect(result.status).toBe(400);
    expectMonotonic(seen);
    expect(seen.some((v) => v.phase === "apply" && v.applied > 0)).toBe(true);
    expect(end).toMatchObject({ phase: "failed", applied: 0, summary: null, message: { key: "errors.importRejected", params: { rows: 1 } } });
    expect(await db.$count(euProjects, like(euProjects.externalId, "PROG-F-%"))).toBe(1);
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
  });

  it("a file refused by its cell checks ends failed before anything is written", async () => {
    const { result, end } = await runWatched(coordinator, "/api/funding/import", fundingImport, projects("PROG-B", 3, [`;ei tunnusta;${programme};ongoing;partner`]), "run");
    expect(result.status).toBe(400);
    expect(end).toMatchObject({ phase: "failed", applied: 0, message: { key: "errors.importRejected", params: { rows: 1 } } });
    expect(await db.$count(euProjects, like(euProjects.externalId, "PROG-B-%"))).toBe(0);
  });
});

describe("who may see and run a job", () => {
  it("another person gets 404 for someone's job, signed out 401; the list's coordinator sees it", async () => {
    const created = await as<{ id: string }>(editor, () => newJob(advocacyImport, "/api/advocacy/actions/import", "check"));
    expect(created.status).toBe(201);
    const id = created.body.data!.id;
    expect((await as<ImportJobView>(editor, () => poll(id))).body.data).toMatchObject({ id, phase: "waiting", step: "check", list: "advocacy-actions" });
    expect((await as(otherEditor, () => poll(id))).status).toBe(404);
    expect((await as(executive, () => poll(id))).status).toBe(404);
    expect((await as(null, () => poll(id))).status).toBe(401);
    expect((await as<ImportJobView>(coordinator, () => poll(id))).status).toBe(200);
    // An unknown id and a malformed one look the same as someone else's job.
    expect((await as(otherEditor, () => poll("00000000-0000-4000-8000-000000000000"))).status).toBe(404);
    expect((await as(editor, () => poll("../../etc"))).status).toBe(404);
  });

  it("a job is started only by a person who may import the list, and run only by its owner's upload of the same step, once", async () => {
    expect((await as(executive, () => newJob(fundingImport, "/api/funding/import", "run"))).status).toBe(403);
    expect((await as(null, () => newJob(fundingImport, "/api/funding/import", "run"))).status).toBe(401);
    const created = await as<{ id: string }>(coordinator, () => newJob(fundingImport, "/api/funding/import", "run"));
    const id = created.body.data!.id;
    const before = await databaseChecksum(db);
    // Someone else's job id, the same person's job for a check, another list: refused, nothing written.
    expect((await as(admin, () => upload(fundingImport, "/api/funding/import", projects("PROG-X", 2), id))).status).toBe(404);
    expect((await as(coordinator, () => upload(fundingImport, "/api/funding/import", projects("PROG-X", 2), id, true))).status).toBe(404);
    expect(changedTables(before, await databaseChecksum(db))).toEqual([]);
    // Its owner's upload runs it; a second upload with the same id is refused.
    expect((await as(coordinator, () => upload(fundingImport, "/api/funding/import", projects("PROG-X", 2), id))).status).toBe(200);
    expect((await as(coordinator, () => upload(fundingImport, "/api/funding/import", projects("PROG-Y", 2), id))).status).toBe(404);
    expect(await db.$count(euProjects, like(euProjects.externalId, "PROG-Y-%"))).toBe(0);
    expect((await as<ImportJobView>(coordinator, () => poll(id))).body.data).toMatchObject({ phase: "done", total: 2 });
  });

  it("an upload naming a job this server does not know (made by another app server) imports without progress", async () => {
    const elsewhere = "00000000-0000-4000-8000-00000000abcd";
    const answer = await as(coordinator, () => upload(fundingImport, "/api/funding/import", projects("PROG-Z", 2), elsewhere));
    expect(answer.status).toBe(200);
    expect(await db.$count(euProjects, like(euProjects.externalId, "PROG-Z-%"))).toBe(2);
    expect((await as(coordinator, () => poll(elsewhere))).status).toBe(404);
  });

  it("one person runs at most a few imports at once; waiting jobs do not lock them out", async () => {
    for (let i = 0; i < 12; i++) expect(createImportJob(editor.id, "asks", "check")).not.toBeNull();
    const running = await Promise.all(Array.from({ length: MAX_RUNNING_PER_PERSON }, () => claimImportJob(createImportJob(editor.id, "asks", "run")!.id, editor.id, "asks", "run")));
    expect(running.every(Boolean)).toBe(true);
    expect(createImportJob(editor.id, "asks", "run")).toBeNull();
    expect(createImportJob(otherEditor.id, "asks", "run")).not.toBeNull();
  });
});

describe("the progress reporter", () => {
  it("is there only inside a job, and its counts never go back", async () => {
    expect(currentImportProgress()).toBeUndefined();
    const job = (await claimImportJob(createImportJob(editor.id, "asks", "run")!.id, editor.id, "asks", "run"))!;
    await runInImportJob(job, async () => {
      const report = currentImportProgress()!;
      await report("validate", 0, 10);
      await report("validate", 5, 10);
      await report("validate", 3, 10);
      await report("apply", 4, 10);
      await report("validate", 9, 10);
    });
    expect(job).toMatchObject({ phase: "apply", total: 10, checked: 10, applied: 4 });
  });
});

describe("jobs across the worker processes of one server (scripts/serve.mjs)", () => {
  type Note = { kind: string; job?: { id: string; phase: string }; gone?: string };
  const installBus = (grant: boolean) => {
    const sent: Note[] = [];
    const listeners: Record<string, ((note: Note) => void)[]> = {};
    const bus = {
      send: (note: Note) => sent.push(JSON.parse(JSON.stringify(note))),
      on: (kind: string, fn: (note: Note) => void) => (listeners[kind] ??= []).push(fn),
      claim: async () => grant,
    };
    (globalThis as { __workerBus?: unknown }).__workerBus = bus;
    return { sent, hear: (note: Note) => listeners[note.kind]?.forEach((fn) => fn(note)) };
  };
  afterEach(() => delete (globalThis as { __workerBus?: unknown }).__workerBus);

  it("tells the others of every change, keeps their jobs, and runs a job only when the server grants the claim", async () => {
    const { sent, hear } = installBus(true);
    const made = createImportJob(editor.id, "asks", "run")!;
    const job = (await claimImportJob(made.id, editor.id, "asks", "run"))!;
    await runInImportJob(job, async () => {
      await currentImportProgress()!("validate", 2, 4);
    });
    finishImportJob(job, { ok: false, code: "invalid", message: { key: "import.problems", params: { count: 2 } } });
    expect(sent.map((n) => n.job?.phase)).toEqual(["waiting", "read", "validate", "failed"]);
    expect(sent.every((n) => n.kind === "import-job" && n.job?.id === made.id)).toBe(true);

    // Another worker's job: known here at once, its progress followed, gone when it is dropped.
    const elsewhere = { ...sent[0]!.job!, id: "00000000-0000-4000-8000-000000000001", phase: "apply", applied: 3, touched: Date.now() };
    hear({ kind: "import-job", job: elsewhere });
    expect(await importJobKnown(elsewhere.id)).toBe(true);
    expect(findImportJob(elsewhere.id)?.view).toMatchObject({ phase: "apply", applied: 3 });
    hear({ kind: "import-job", gone: elsewhere.id });
    expect(findImportJob(elsewhere.id)).toBeNull();
    expect(await importJobKnown(elsewhere.id, 50)).toBe(false);
  });

  it("does not run a job that another worker claimed first", async () => {
    installBus(false);
    const made = createImportJob(editor.id, "asks", "run")!;
    expect(await claimImportJob(made.id, editor.id, "asks", "run")).toBeNull();
  });
});
