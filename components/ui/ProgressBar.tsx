/** A labelled progress bar; the number is always written out too. */
export function ProgressBar({ value, label }: { value: number | null; label: string }) {
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
