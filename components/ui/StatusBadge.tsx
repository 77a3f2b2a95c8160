const tone: Record<string, string> = {
  not_started: "bg-silver-light text-ink",
  on_schedule: "bg-success-light text-ink",
  late: "bg-error-light text-ink",
  completed: "bg-bus-light text-ink",
  cancelled: "bg-silver-light text-ink line-through",
  postponed: "bg-alert-light text-ink",
};

export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={`inline-block px-2 py-0.5 text-body-s font-semibold ${tone[status] ?? "bg-silver-light"}`}>{label}</span>;
}
