import type { CSSProperties } from "react";

/**
 * A labelled progress bar; the number is always written out too. By default
 * a percentage (0–100). With `max`: a count of `max` (e.g. rows of a file),
 * `valueText` says it in words ("1 200 of 50 000 rows") and a null value is
 * a bar that does not know yet how far it is (no aria-valuenow). Styled by
 * short classes (`.pbar…` in app/globals.css), as a list draws one on every row.
 */
export function ProgressBar({ value, label, max, valueText, wide = false }: { value: number | null; label: string; max?: number; valueText?: string; wide?: boolean }) {
  if (max === undefined) {
    const v = value ?? 0;
    // Two elements: the bar draws its own fill (`--v`, `.meter-bar` in app/globals.css); the number beside it.
    return (
      <div className="meter">
        <span role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={v} className="meter-bar" style={{ "--v": `${v}%` } as CSSProperties} />
        {value === null ? "–" : `${v} %`}
      </div>
    );
  }
  const top = Math.max(0, max);
  const now = value === null ? null : Math.min(Math.max(0, value), top);
  const width = now === null || top === 0 ? 0 : (now / top) * 100;
  return (
    <div className={wide ? "space-y-1" : "pbar"}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={top}
        aria-valuenow={now ?? undefined}
        aria-valuetext={now === null ? undefined : valueText}
        className={wide ? "pbar-track w-full" : "pbar-track"}
      >
        <div className={now === null ? "pbar-fill animate-pulse" : "pbar-fill"} style={{ width: now === null ? "100%" : `${width}%`, opacity: now === null ? 0.4 : 1 }} />
      </div>
      <span className="pbar-value">{now === null ? "–" : (valueText ?? `${now} / ${top}`)}</span>
    </div>
  );
}
