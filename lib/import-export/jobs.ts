import "server-only";
import { AsyncLocalStorage } from "node:async_hooks";
import { randomUUID } from "node:crypto";
import type { ActionResult, Message } from "@/lib/actions/result";
import type { ImportProgress } from "./import";
import type { ImportJobView, ImportStep, ImportSummary } from "./result";
import { workerBus, type WorkerBus } from "@/lib/worker-bus";

/**
 * The progress of a running import (check or import), so the page can show
 * rows checked and rows written of the total while a large file is worked
 * on, and the end state after a page refresh.
 *
 * Why a registry in the server's memory and not a table: the progress is only
 * meaningful while the request that runs the import is alive — the import is
 * one transaction in this process; when the process ends, so does the
 * transaction and nothing was written. And it cannot be a table: a count
 * written inside the import's transaction is invisible to others until the
 * commit (and gone on a rollback); written beside it, it needs a second
 * connection, which the embedded database (PGlite, one session that the
 * transaction holds until it ends) does not have. The poll route
 * (app/api/staff/import-jobs/[id]) therefore reads this map without touching
 * the database for the person who started the job.
 *
 * The worker processes of one server (scripts/serve.mjs) keep copies: every
 * change of a job (made, claimed, advanced, ended, dropped) is sent to the
 * others over the server's note bus, and the claim is granted once for the
 * whole server by its primary process; so the upload and the polls may reach
 * any worker. Several app servers behind a load balancer need sticky sessions
 * for this (README, "Several app servers behind a load balancer").
 *
 * A job: created by the list's import route (`?step=job`, the list's import
 * permission checked there) for one person, list and step; claimed once by the
 * upload that runs it (same person, list and step); advanced by
 * `validateSheet` and `applyAllOrNothing` through `currentImportProgress()`;
 * ended with the action's result. Only counts are kept: never a cell, a name
 * or a row problem's text. Finished jobs are kept for FINISHED_MS so a
 * refreshed page still sees how it ended.
 */

type Job = ImportJobView & { ownerId: string; touched: number };

const WAITING_MS = 2 * 60_000;
const FINISHED_MS = 15 * 60_000;
/** Imports one person may run at the same time (each holds a transaction and the file in memory). */
export const MAX_RUNNING_PER_PERSON = 2;
/** Jobs one person may have waiting for their upload; the oldest goes when a newer one is made. */
const MAX_WAITING_PER_PERSON = 5;
const MAX_JOBS = 1_000;

// On globalThis: route handlers may be bundled apart, but there is one map per server process.
const store = ((globalThis as { [key: symbol]: unknown })[Symbol.for("hki.importJobs")] ??= {
  jobs: new Map<string, Job>(),
  als: new AsyncLocalStorage<Job>(),
}) as { jobs: Map<string, Job>; als: AsyncLocalStorage<Job> };

type JobNote = { kind: "import-job"; job?: Job; gone?: string };
const share = (job: Job) => workerBus()?.send({ kind: "import-job", job: { ...job } } satisfies JobNote);
const drop = (id: string) => {
  store.jobs.delete(id);
  workerBus()?.send({ kind: "import-job", gone: id } satisfies JobNote);
};
/** Keep the copies of the other workers' jobs (once per process, whichever bundle asks first). */
function listen() {
  const workers = workerBus() as (WorkerBus & { importJobsHeard?: boolean }) | undefined;
  if (!workers || workers.importJobsHeard) return;
  workers.importJobsHeard = true;
  workers.on("import-job", (note: JobNote) => {
    if (note.gone) store.jobs.delete(note.gone);
    else if (note.job) {
      const known = store.jobs.get(note.job.id);
      if (known) Object.assign(known, note.job);
      else store.jobs.set(note.job.id, { ...note.job });
    }
  });
}

const running = (j: Job) => j.phase === "read" || j.phase === "validate" || j.phase === "apply";
const ended = (j: Job) => j.phase === "done" || j.phase === "failed";

function prune(now: number) {
  listen();
  for (const [id, j] of store.jobs) {
    if ((j.phase === "waiting" && now - j.touched > WAITING_MS) || (ended(j) && now - j.touched > FINISHED_MS)) store.jobs.delete(id);
  }
}

/** A new job for this person, list and step; null when they already run MAX_RUNNING_PER_PERSON imports (or the server holds too many jobs). */
export function createImportJob(ownerId: string, list: string, step: ImportStep): ImportJobView | null {
  const now = Date.now();
  prune(now);
  const mine = [...store.jobs.values()].filter((j) => j.ownerId === ownerId);
  if (mine.filter(running).length >= MAX_RUNNING_PER_PERSON) return null;
  const waiting = mine.filter((j) => j.phase === "waiting").sort((a, b) => a.touched - b.touched);
  while (waiting.length >= MAX_WAITING_PER_PERSON) drop(waiting.shift()!.id);
  if (store.jobs.size >= MAX_JOBS) return null;
  const job: Job = { id: randomUUID(), list, step, phase: "waiting", total: null, checked: 0, applied: 0, summary: null, message: null, ownerId, touched: now };
  store.jobs.set(job.id, job);
  share(job);
  return view(job);
}

/**
 * Whether a job is known here; with other workers, it waits a moment (at most `waitMs`) for the copy of
 * a job just made by another one (its note may still be on the way when the upload arrives).
 */
export async function importJobKnown(id: string, waitMs = 1000): Promise<boolean> {
  prune(Date.now());
  for (const until = Date.now() + (workerBus() ? waitMs : 0); !store.jobs.has(id) && Date.now() < until; ) await new Promise((r) => setTimeout(r, 20));
  return store.jobs.has(id);
}

/** The upload that runs a job takes it: only its owner, for the same list and step, and only once (across this server's workers). */
export async function claimImportJob(id: string, ownerId: string, list: string, step: ImportStep): Promise<Job | null> {
  prune(Date.now());
  const fits = (job: Job | undefined): job is Job => !!job && job.ownerId === ownerId && job.list === list && job.step === step && job.phase === "waiting";
  if (!fits(store.jobs.get(id))) return null;
  const workers = workerBus();
  if (workers && !(await workers.claim(id))) return null;
  // Looked at again after the wait: a second claim in this process meanwhile found it waiting too.
  const job = store.jobs.get(id);
  if (!fits(job)) return null;
  job.phase = "read";
  job.touched = Date.now();
  share(job);
  return job;
}

/** A job and its owner, for the poll route (which decides who may see it); null when unknown or expired. */
export function findImportJob(id: string): { ownerId: string; list: string; view: ImportJobView } | null {
  prune(Date.now());
  const job = store.jobs.get(id);
  return job ? { ownerId: job.ownerId, list: job.list, view: view(job) } : null;
}

const view = (j: Job): ImportJobView => ({
  id: j.id,
  list: j.list,
  step: j.step,
  phase: j.phase,
  total: j.total,
  checked: j.checked,
  applied: j.applied,
  summary: j.summary ? { ...j.summary } : null,
  message: j.message ? { key: j.message.key, params: j.message.params ? { ...j.message.params } : undefined } : null,
});

/** Run `fn` (the import action) with its progress recorded on `job`. */
export function runInImportJob<T>(job: Job, fn: () => Promise<T>): Promise<T> {
  return store.als.run(job, fn);
}

/** Let other requests (the progress polls) in between chunks of a long import. */
const breathe = () => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * The progress reporter of the import running in this async context, or
 * undefined (no job: a test, a benchmark, an upload without a job). Counts
 * only grow; a phase never goes back; each report lets other requests run.
 */
export function currentImportProgress(): ImportProgress | undefined {
  const job = store.als.getStore();
  if (!job) return undefined;
  return async (phase, done, total) => {
    if (ended(job)) return;
    job.touched = Date.now();
    if (phase === "validate") {
      if (job.phase === "read") job.phase = "validate";
      job.total = Math.max(job.total ?? 0, total);
      job.checked = Math.max(job.checked, Math.min(done, total));
    } else {
      job.phase = "apply";
      // Rows reach the database step only once every row passed the cell checks.
      job.checked = Math.max(job.checked, job.total ?? total);
      job.total = Math.max(job.total ?? 0, total);
      job.applied = Math.max(job.applied, Math.min(done, total));
    }
    share(job);
    await breathe();
  };
}

/** Only numbers travel in a job's message (e.g. how many rows had problems); the problems themselves came with the import's own answer. */
function countsOnly(message: Message): Message {
  const params = Object.fromEntries(Object.entries(message.params ?? {}).filter(([, v]) => typeof v === "number"));
  return Object.keys(params).length ? { key: message.key, params } : { key: message.key };
}

/**
 * The end of a job, from the import action's result: done with the summary,
 * or failed with the message — and then nothing was written (the import's
 * one transaction was rolled back), whatever the count said on the way.
 */
export function finishImportJob(job: Job, result: ActionResult<unknown>): void {
  job.touched = Date.now();
  if (result.ok) {
    const summary = result.data as ImportSummary;
    job.phase = "done";
    job.summary = { total: summary.total, created: summary.created, updated: summary.updated, unchanged: summary.unchanged, cleared: summary.cleared };
    job.total = summary.total;
    job.checked = summary.total;
    job.applied = summary.total;
  } else {
    job.phase = "failed";
    job.applied = 0;
    job.message = countsOnly(result.message);
  }
  share(job);
}

/** Tests only: forget every job. */
export function clearImportJobsForTests(): void {
  store.jobs.clear();
}
