/** The statuses with their own colour (`.badge-<status>` in app/globals.css); any other status is a grey badge. */
const toned = new Set(["not_started", "on_schedule", "late", "completed", "cancelled", "postponed"]);

/** A status written out in a coloured badge (classes `.badge`, `.badge-<status>`: short, as a list repeats it on every row). */
export function StatusBadge({ status, label }: { status: string; label: string }) {
  return <span className={toned.has(status) ? `badge badge-${status}` : "badge"}>{label}</span>;
}
