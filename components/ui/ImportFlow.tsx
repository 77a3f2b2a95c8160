"use client";

import { useTranslations } from "next-intl";
import { useEffect, useId, useRef, useState } from "react";
import type { ActionResult, Message } from "@/lib/actions/result";
import { rowErrorsFromFields, type ImportColumnsAnswer, type ImportJobView, type ImportSummary, type RowError } from "@/lib/import-export/result";
import { countCsvRows, IMPORT_JOB_HEADER, IMPORT_MAPPING_HEADER, IMPORT_ROWS_HEADER, IMPORT_SHA256_HEADER, toHex } from "@/lib/import-export/integrity";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { Table } from "@/components/ui/Table";

type Step = "columns" | "check" | "run";
type State =
  | { phase: "idle" }
  | { phase: "upload"; loaded: number; total: number; step: Step }
  | { phase: "process"; step: Step; job: ImportJobView | null; said?: { at: string; text: string } }
  | { phase: "done"; check: boolean; summary: ImportSummary }
  | { phase: "failed"; message: Message; rows: RowError[]; restored?: boolean };

/** How often a running import's progress is asked for (ms). */
const POLL_MS = 700;
/** The running job of a page, kept for the tab's session so a refreshed page follows it to its end. */
const jobKey = (endpoint: string) => `import-job:${endpoint}`;
const remembered = (endpoint: string) => {
  try {
    return sessionStorage.getItem(jobKey(endpoint));
  } catch {
    return null;
  }
};
const remember = (endpoint: string, id: string | null) => {
  try {
    if (id) sessionStorage.setItem(jobKey(endpoint), id);
    else sessionStorage.removeItem(jobKey(endpoint));
  } catch {
    // No session storage (private mode): the progress still shows, only not after a refresh.
  }
};

/** Where a running check or import is: the bar's label, rows done and the total (null total: not read yet). */
function jobStage(job: ImportJobView): { stage: "read" | "validate" | "write" | "compare"; done: number; total: number | null } {
  if (job.phase === "apply") return { stage: job.step === "run" ? "write" : "compare", done: job.applied, total: job.total };
  if (job.phase === "validate") return { stage: "validate", done: job.checked, total: job.total };
  return { stage: "read", done: 0, total: null };
}

/** An .xlsx file is a zip archive: "PK\x03\x04". */
const isZip = (b: Uint8Array) => b.length > 3 && b[0] === 0x50 && b[1] === 0x4b && b[2] === 0x03 && b[3] === 0x04;

/**
 * The one import flow of every importable list: choose a CSV or .xlsx file;
 * its columns are read on the server and shown mapped to the list's (by the
 * person's remembered mapping, else by name) and can be changed; "Check"
 * previews every problem at once by spreadsheet row, and how many stored
 * values would be cleared; "Import" saves all or nothing. Nothing is parsed
 * in the browser: the file is the request body of the list's import route
 * (lib/import-export/route.ts), sent with XMLHttpRequest for real upload progress.
 *
 * A check or import runs as a progress job (lib/import-export/jobs.ts): while
 * the server works on the file, the page asks /api/staff/import-jobs/<id>
 * for rows checked and rows written of the total and shows them as a bar;
 * a screen reader hears each phase and every quarter. The job's id is kept
 * for the tab, so a refreshed page follows the job to its end.
 */
export function ImportFlow({ endpoint, onImported }: { endpoint: string; onImported?: () => void }) {
  const t = useTranslations();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const [fileError, setFileError] = useState<string | null>(null);
  const [columns, setColumns] = useState<ImportColumnsAnswer | null>(null);
  const [mapping, setMapping] = useState<Record<string, string>>({});
  const busy = state.phase === "upload" || state.phase === "process";
  const stageText = (stage: ReturnType<typeof jobStage>["stage"]) => t(`import.stage.${stage}`);
  const rowsOf = (done: number, total: number) => t("import.rowsOf", { done, total });
  /** What the live region says about progress: each phase and every quarter of it, not every count. */
  const said = (before: { at: string; text: string } | undefined, job: ImportJobView) => {
    const { stage, done, total } = jobStage(job);
    const at = total ? `${stage}:${Math.floor((done / total) * 4)}` : `${stage}:-`;
    return before?.at === at ? before : { at, text: total ? `${stageText(stage)}: ${rowsOf(done, total)}` : stageText(stage) };
  };
  const polling = useRef<ReturnType<typeof setTimeout> | null>(null);
  // Each follow() has its own number: an answer that arrives after it was stopped changes nothing.
  const following = useRef(0);

  const stopPolling = () => {
    following.current++;
    if (polling.current) clearTimeout(polling.current);
    polling.current = null;
  };

  /** Ask for the job's progress until it ends (or polling stops); `onEnd` gets the ended job. */
  function follow(id: string, onEnd?: (job: ImportJobView | null) => void, adopt = false) {
    stopPolling();
    const mine = following.current;
    const tick = async () => {
      let job: ImportJobView | null = null;
      try {
        const res = await fetch(`/api/staff/import-jobs/${encodeURIComponent(id)}`, { cache: "no-store" });
        job = res.ok ? ((await res.json()) as { data: ImportJobView }).data : null;
        if (mine !== following.current) return;
        if (!res.ok && res.status !== 404 && res.status !== 401) {
          polling.current = setTimeout(() => void tick(), POLL_MS * 2);
          return;
        }
      } catch {
        if (mine !== following.current) return;
        // The server is busy or briefly away: ask again a little later.
        polling.current = setTimeout(() => void tick(), POLL_MS * 2);
        return;
      }
      if (!job || job.phase === "done" || job.phase === "failed" || (onEnd && job.phase === "waiting")) {
        polling.current = null;
        onEnd?.(job);
        return;
      }
      const current = job;
      setState((s) => (s.phase === "process" ? { ...s, job: current, said: said(s.said, current) } : adopt ? { phase: "process", step: current.step, job: current, said: said(undefined, current) } : s));
      polling.current = setTimeout(() => void tick(), POLL_MS);
    };
    polling.current = setTimeout(() => void tick(), onEnd ? 0 : POLL_MS);
  }

  /** How a job ended, as the page shows it when the import's own answer did not reach it (a refresh, a dropped connection). */
  const showEnded = (job: ImportJobView | null, otherwise: State) => {
    remember(endpoint, null);
    if (job?.phase === "done" && job.summary) setState({ phase: "done", check: job.step === "check", summary: job.summary });
    else if (job?.phase === "failed") setState({ phase: "failed", message: job.message ?? { key: "errors.error" }, rows: [], restored: true });
    else setState(otherwise);
  };

  // A refreshed page: the job this tab started, if it still runs, shown to its end.
  useEffect(() => {
    const id = remembered(endpoint);
    if (!id) return;
    follow(id, (job) => showEnded(job, { phase: "idle" }), true);
    return stopPolling;
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once, when the page opens
  }, [endpoint]);

  async function send(step: Step) {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError(t("import.chooseFile"));
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    setState({ phase: "upload", loaded: 0, total: file.size, step });
    // What was read here goes with the upload; the server refuses a body that differs (lib/import-export/route.ts).
    let rows: number | null;
    let hash: string | null;
    try {
      const bytes = new Uint8Array(await file.arrayBuffer());
      rows = isZip(bytes) ? null : countCsvRows(new TextDecoder().decode(bytes));
      // crypto.subtle exists only on https (and localhost); the row count is still checked without it.
      hash = globalThis.crypto?.subtle ? toHex(await globalThis.crypto.subtle.digest("SHA-256", bytes)) : null;
    } catch {
      setState({ phase: "failed", message: { key: "errors.error" }, rows: [] });
      return;
    }
    // The endpoint may carry its own query (e.g. the round a measures' import writes into).
    const join = endpoint.includes("?") ? "&" : "?";
    // A check or an import runs as a progress job; without one (the server refused it) it still runs, only without counts.
    let jobId: string | null = null;
    if (step !== "columns") {
      try {
        const res = await fetch(`${endpoint}${join}step=job&for=${step}`, { method: "POST" });
        const answer = (await res.json()) as ActionResult<{ id: string }>;
        if (!answer.ok) {
          setState({ phase: "failed", message: answer.message, rows: [] });
          return;
        }
        jobId = answer.data.id;
        remember(endpoint, jobId);
      } catch {
        jobId = null;
      }
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${endpoint}${step === "columns" ? `${join}step=columns` : step === "check" ? `${join}check=1` : ""}`);
    xhr.setRequestHeader("content-type", "application/octet-stream");
    if (rows !== null) xhr.setRequestHeader(IMPORT_ROWS_HEADER, String(rows));
    if (hash) xhr.setRequestHeader(IMPORT_SHA256_HEADER, hash);
    if (step !== "columns" && columns) xhr.setRequestHeader(IMPORT_MAPPING_HEADER, encodeURIComponent(JSON.stringify(mapping)));
    if (jobId) xhr.setRequestHeader(IMPORT_JOB_HEADER, jobId);
    xhr.upload.onprogress = (e) => setState({ phase: "upload", loaded: e.loaded, total: e.lengthComputable ? e.total : file.size, step });
    xhr.upload.onload = () => setState({ phase: "process", step, job: null });
    // The tab keeps the job's id after the answer too: a refresh may be under way (on the embedded database the
    // new page is only sent once the import ends, and this page gets the answer first); the new page then shows
    // how it ended, once. Choosing another file forgets it.
    const ended = () => stopPolling();
    xhr.onerror = () => {
      // The answer did not arrive (the connection dropped, or the page is being left): the server may still
      // finish the job, so it is followed to its end — and a refreshed page finds it under the tab's key.
      const failed: State = { phase: "failed", message: { key: "errors.unavailable" }, rows: [] };
      if (jobId) follow(jobId, (job) => showEnded(job, failed));
      else setState(failed);
    };
    xhr.onload = () => {
      ended();
      let result: ActionResult<unknown> | null = null;
      try {
        result = JSON.parse(xhr.responseText) as ActionResult<unknown>;
      } catch {
        result = null;
      }
      if (!result) setState({ phase: "failed", message: { key: "errors.error" }, rows: [] });
      else if (!result.ok) setState({ phase: "failed", message: result.message, rows: rowErrorsFromFields(result.fields) });
      else if (step === "columns") {
        const answer = result.data as ImportColumnsAnswer;
        setColumns(answer);
        setMapping(Object.fromEntries(answer.file.map((f) => [f.header, f.key])));
        setState({ phase: "idle" });
      } else {
        setState({ phase: "done", check: step === "check", summary: result.data as ImportSummary });
        if (step === "run") onImported?.();
      }
    };
    // Asked from the start: the counts show once the file has arrived and the server works on it.
    if (jobId) follow(jobId);
    xhr.send(file);
  }

  const msg = (m: Message) => (t.has(m.key) ? t(m.key, m.params as Record<string, string | number>) : m.key);
  const progressText = (step: Step) => (step === "columns" ? t("import.readingColumns") : step === "check" ? t("import.checking") : t("import.saving"));
  const live = state.phase === "process" && state.job ? jobStage(state.job) : null;
  const announcement = state.phase === "process" ? (state.said?.text ?? "") : "";

  return (
    <div className="space-y-4">
      <div>
        <label htmlFor={`${id}-file`} className="field-label">
          {t("import.file")}
        </label>
        <p id={`${id}-hint`} className="field-hint">
          {t("import.fileHint")}
        </p>
        <input
          ref={fileRef}
          id={`${id}-file`}
          type="file"
          accept=".csv,text/csv,.xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          className="field-input"
          aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ""}`}
          aria-invalid={fileError ? true : undefined}
          onChange={() => {
            remember(endpoint, null);
            setFileError(null);
            setColumns(null);
            setMapping({});
            setState({ phase: "idle" });
            if (fileRef.current?.files?.[0]) void send("columns");
          }}
        />
        {fileError ? (
          <p id={`${id}-error`} className="field-error">
            {fileError}
          </p>
        ) : null}
      </div>

      {columns ? (
        <fieldset className="space-y-2">
          <legend className="font-semibold">{t("import.mappingTitle")}</legend>
          <p className="field-hint">{t("import.mappingHint", { rows: columns.rows, format: columns.format.toUpperCase() })}</p>
          <Table wrapperClassName="overflow-x-auto" head={[t("import.fileColumn"), t("import.appColumn")]}>
            {columns.file.map((f, i) => (
              <tr key={`${f.header}-${i}`} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">
                  <label htmlFor={`${id}-map-${i}`}>{f.header || t("import.untitledColumn", { n: i + 1 })}</label>
                </th>
                <td className="p-2">
                  <select
                    id={`${id}-map-${i}`}
                    className="field-input"
                    value={mapping[f.header] ?? ""}
                    disabled={busy}
                    onChange={(e) => {
                      setMapping({ ...mapping, [f.header]: e.target.value });
                      setState({ phase: "idle" });
                    }}
                  >
                    <option value="">{t("import.notImported")}</option>
                    {columns.columns.map((c) => (
                      <option key={c.key} value={c.key}>
                        {c.required ? t("import.requiredColumn", { column: c.key }) : c.key}
                      </option>
                    ))}
                  </select>
                </td>
              </tr>
            ))}
          </Table>
          {(() => {
            const chosen = new Set(Object.values(mapping));
            const missing = columns.columns.filter((c) => c.required && !chosen.has(c.key)).map((c) => c.key);
            return missing.length ? <p className="field-hint">{t("import.requiredMissing", { columns: missing.join(", ") })}</p> : null;
          })()}
        </fieldset>
      ) : null}

      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void send("check")}>
          {t("import.check")}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void send("run")}>
          {t("import.run")}
        </button>
      </div>

      {/* The bars are not a live region (every count would be read out); the status line below is. */}
      <div className="space-y-2">
        {state.phase === "upload" ? (
          <>
            <p>{t("import.uploading")}</p>
            <progress className="w-full" max={Math.max(1, state.total)} value={state.loaded} aria-label={t("import.uploading")} />
          </>
        ) : null}
        {state.phase === "process" && !live ? (
          <>
            <p>{progressText(state.step)}</p>
            <progress className="w-full" aria-label={progressText(state.step)} />
          </>
        ) : null}
        {live ? (
          <>
            <p>{stageText(live.stage)}</p>
            <ProgressBar wide label={stageText(live.stage)} value={live.total === null ? null : live.done} max={live.total ?? 0} valueText={live.total === null ? undefined : rowsOf(live.done, live.total)} />
          </>
        ) : null}
        {state.phase === "done" ? (
          <ProgressBar
            wide
            label={state.check ? t("import.stage.checked") : t("import.stage.written")}
            value={state.summary.total}
            max={state.summary.total}
            valueText={rowsOf(state.summary.total, state.summary.total)}
          />
        ) : null}
      </div>

      <div aria-live="polite" role="status" className="space-y-2">
        {announcement ? <p className="sr-only">{announcement}</p> : null}
        {state.phase === "done" ? (
          <p className="bg-success-light p-3 font-semibold">
            {state.check ? t("import.checkedOk", { ...state.summary }) : t("import.done", { ...state.summary })}
            {state.summary.cleared ? <> {state.check ? t("import.willClear", { cleared: state.summary.cleared }) : t("import.cleared", { cleared: state.summary.cleared })}</> : null}
          </p>
        ) : null}
      </div>

      {state.phase === "failed" ? (
        <div role="alert" className="border-l-4 border-error bg-error-light p-3">
          <p className="font-semibold">{msg(state.message)}</p>
          {state.rows.length ? <p>{t("import.nothingSaved")}</p> : null}
          {state.restored ? <p>{t("import.checkAgain")}</p> : null}
        </div>
      ) : null}
      {state.phase === "failed" && state.rows.length ? (
        <Table caption={t("import.errorsCaption", { count: state.rows.length })} captionClassName="mb-2 text-left font-semibold" wrapperClassName="overflow-x-auto" region head={[t("import.line"), t("import.column"), t("import.reason")]}>
          {state.rows.map((r, i) => (
            <tr key={`${r.line}-${r.column}-${i}`} className="border-b border-line">
              <td className="p-2">{r.line}</td>
              <td className="p-2">{r.column ?? ""}</td>
              <td className="p-2">{msg(r.message)}</td>
            </tr>
          ))}
        </Table>
      ) : null}
    </div>
  );
}
