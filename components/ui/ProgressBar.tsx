/**
 * A labelled progress bar; the number is always written out too. By default
 * a percentage (0–100). With `max`: a count of `max` (e.g. rows of a file),
 * `valueText` says it in words ("1 200 of 50 000 rows") and a null value is
 * a bar that does not know yet how far it is (no aria-valuenow).
 */
export function ProgressBar({ value, label, max, valueText, wide = false }: { value: number | null; label: string; max?: number; valueText?: string; wide?: boolean }) {
  if (max === undefined) {
    const v = value ?? 0;
    return (
      <div className="flex items-center gap-3">
        <div role="progressbar" aria-label={label} aria-valuemin={0} aria-valuemax={100} aria-valuenow={v} className="h-3 w-40 max-w-full bg-silver-light">
          <div className="h-3 bg-bus" style={{ width: `${v}%` }} />
        </div>
        <span className="text-body-s font-semibold">{value === null ? "–" : `${v} %`}</span>
      </div>
    );
  }
  const top = Math.max(0, max);
  const now = value === null ? null : Math.min(Math.max(0, value), top);
  const width = now === null || top === 0 ? 0 : (now / top) * 100;
  return (
    <div className={wide ? "space-y-1" : "flex items-center gap-3"}>
      <div
        role="progressbar"
        aria-label={label}
        aria-valuemin={0}
        aria-valuemax={top}
        aria-valuenow={now ?? undefined}
        aria-valuetext={now === null ? undefined : valueText}
        className={`h-3 max-w-full bg-silver-light ${wide ? "w-full" : "w-40"}`}
      >
        <div className={`h-3 bg-bus ${now === null ? "animate-pulse" : ""}`} style={{ width: now === null ? "100%" : `${width}%`, opacity: now === null ? 0.4 : 1 }} />
      </div>
      <span className="text-body-s font-semibold">{now === null ? "–" : (valueText ?? `${now} / ${top}`)}</span>
    </div>
  );
}
