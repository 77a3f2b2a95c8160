"use client";

import { useTranslations } from "next-intl";
import { useId, useRef, useState } from "react";
import type { ActionResult, Message } from "@/lib/actions/result";
import { rowErrorsFromFields, type ImportSummary, type RowError } from "@/lib/import-export/import";
import { countCsvRows, IMPORT_ROWS_HEADER, IMPORT_SHA256_HEADER, toHex } from "@/lib/import-export/integrity";

type State =
  | { phase: "idle" }
  | { phase: "upload"; loaded: number; total: number; check: boolean }
  | { phase: "process"; check: boolean }
  | { phase: "done"; check: boolean; summary: ImportSummary }
  | { phase: "failed"; message: Message; rows: RowError[] };

/**
 * The shared CSV import form: choose a file, check it, import it. The file
 * is sent as the request body to the area's import route (lib/import-export/route.ts)
 * with XMLHttpRequest so that the upload shows real progress; then the
 * server checks every row and saves all or nothing. Every bad row is listed
 * with its line number and reason.
 */
export function CsvImport({ endpoint, onImported }: { endpoint: string; onImported?: () => void }) {
  const t = useTranslations();
  const id = useId();
  const fileRef = useRef<HTMLInputElement>(null);
  const [state, setState] = useState<State>({ phase: "idle" });
  const [fileError, setFileError] = useState<string | null>(null);
  const busy = state.phase === "upload" || state.phase === "process";

  async function send(check: boolean) {
    const file = fileRef.current?.files?.[0];
    if (!file) {
      setFileError(t("import.chooseFile"));
      fileRef.current?.focus();
      return;
    }
    setFileError(null);
    setState({ phase: "upload", loaded: 0, total: file.size, check });
    // What was read here goes with the upload; the server refuses a body that differs (lib/import-export/route.ts).
    let rows: number;
    let hash: string | null;
    try {
      const bytes = await file.arrayBuffer();
      rows = countCsvRows(new TextDecoder().decode(bytes));
      // crypto.subtle exists only on https (and localhost); the row count is still checked without it.
      hash = globalThis.crypto?.subtle ? toHex(await globalThis.crypto.subtle.digest("SHA-256", bytes)) : null;
    } catch {
      setState({ phase: "failed", message: { key: "errors.error" }, rows: [] });
      return;
    }
    const xhr = new XMLHttpRequest();
    xhr.open("POST", `${endpoint}${check ? "?check=1" : ""}`);
    xhr.setRequestHeader("content-type", "text/csv; charset=utf-8");
    xhr.setRequestHeader(IMPORT_ROWS_HEADER, String(rows));
    if (hash) xhr.setRequestHeader(IMPORT_SHA256_HEADER, hash);
    xhr.upload.onprogress = (e) => setState({ phase: "upload", loaded: e.loaded, total: e.lengthComputable ? e.total : file.size, check });
    xhr.upload.onload = () => setState({ phase: "process", check });
    xhr.onerror = () => setState({ phase: "failed", message: { key: "errors.unavailable" }, rows: [] });
    xhr.onload = () => {
      let result: ActionResult<ImportSummary> | null = null;
      try {
        result = JSON.parse(xhr.responseText) as ActionResult<ImportSummary>;
      } catch {
        result = null;
      }
      if (!result) setState({ phase: "failed", message: { key: "errors.error" }, rows: [] });
      else if (result.ok) {
        setState({ phase: "done", check, summary: result.data });
        if (!check) onImported?.();
      } else setState({ phase: "failed", message: result.message, rows: rowErrorsFromFields(result.fields) });
    };
    xhr.send(file);
  }

  const msg = (m: Message) => (t.has(m.key) ? t(m.key, m.params as Record<string, string | number>) : m.key);

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
          accept=".csv,text/csv"
          className="field-input"
          aria-describedby={`${id}-hint${fileError ? ` ${id}-error` : ""}`}
          aria-invalid={fileError ? true : undefined}
          onChange={() => {
            setFileError(null);
            setState({ phase: "idle" });
          }}
        />
        {fileError ? (
          <p id={`${id}-error`} className="field-error">
            {fileError}
          </p>
        ) : null}
      </div>
      <div className="flex flex-wrap gap-3">
        <button type="button" className="btn btn-secondary" disabled={busy} onClick={() => void send(true)}>
          {t("import.check")}
        </button>
        <button type="button" className="btn" disabled={busy} onClick={() => void send(false)}>
          {t("import.run")}
        </button>
      </div>

      <div aria-live="polite" role="status" className="space-y-2">
        {state.phase === "upload" ? (
          <>
            <p>{t("import.uploading")}</p>
            <progress className="w-full" max={Math.max(1, state.total)} value={state.loaded} aria-label={t("import.uploading")} />
          </>
        ) : null}
        {state.phase === "process" ? (
          <>
            <p>{state.check ? t("import.checking") : t("import.saving")}</p>
            <progress className="w-full" aria-label={state.check ? t("import.checking") : t("import.saving")} />
          </>
        ) : null}
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
        </div>
      ) : null}
      {state.phase === "failed" && state.rows.length ? (
        <div className="overflow-x-auto" tabIndex={0} role="region" aria-label={t("import.errorsCaption", { count: state.rows.length })}>
          <table className="w-full border-collapse text-left text-body-s">
            <caption className="mb-2 text-left font-semibold">{t("import.errorsCaption", { count: state.rows.length })}</caption>
            <thead>
              <tr className="border-b-2 border-ink">
                <th scope="col" className="p-2">{t("import.line")}</th>
                <th scope="col" className="p-2">{t("import.column")}</th>
                <th scope="col" className="p-2">{t("import.reason")}</th>
              </tr>
            </thead>
            <tbody>
              {state.rows.map((r, i) => (
                <tr key={`${r.line}-${r.column}-${i}`} className="border-b border-line">
                  <td className="p-2">{r.line}</td>
                  <td className="p-2">{r.column ?? ""}</td>
                  <td className="p-2">{msg(r.message)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </div>
  );
}
