"use client";
import { useState } from "react";
import type { BarChart, HeatMap } from "@/lib/dashboard/model";
import { NumbersTable } from "./NumbersTable";

type State = { kind: "idle" } | { kind: "loading" } | { kind: "failed" } | { kind: "ready"; block: BarChart | HeatMap };

/**
 * "Show the numbers as a table" under a dashboard chart: a disclosure that
 * fetches the chart's numbers when it is opened (the chart route's `.json`),
 * so the page does not carry every chart's table. Without JavaScript, or if
 * the numbers cannot be fetched, it links to the printable briefing, where
 * every table is open.
 */
export function ChartNumbers({ src, fallbackHref, prefix, labels }: { src: string; fallbackHref: string; /** The language in front of the rows' links ("/fi"). */ prefix: string; labels: { summary: string; table: string; loading: string; failed: string; fallback: string } }) {
  const [state, setState] = useState<State>({ kind: "idle" });
  const load = async () => {
    setState({ kind: "loading" });
    try {
      const response = await fetch(src, { headers: { Accept: "application/json" } });
      if (!response.ok) throw new Error(String(response.status));
      setState({ kind: "ready", block: (await response.json()) as BarChart | HeatMap });
    } catch {
      setState({ kind: "failed" });
    }
  };
  return (
    <details
      className="mt-2"
      onToggle={(e) => {
        if (e.currentTarget.open && (state.kind === "idle" || state.kind === "failed")) void load();
      }}
    >
      <summary className="cursor-pointer font-semibold text-bus">{labels.summary}</summary>
      {state.kind === "ready" ? (
        <NumbersTable block={state.block} label={`${state.block.title} – ${labels.table}`} prefix={prefix} />
      ) : state.kind === "loading" ? (
        <p role="status">{labels.loading}</p>
      ) : (
        <p role={state.kind === "failed" ? "alert" : undefined}>
          {state.kind === "failed" ? `${labels.failed} ` : null}
          <a href={fallbackHref}>{labels.fallback}</a>
        </p>
      )}
    </details>
  );
}
