const tone: Record<string, string> = {
  candidate: "bg-info-light text-ink",
  member: "bg-success-light text-ink",
  observer: "bg-bus-light text-ink",
  leaving: "bg-alert-light text-ink",
  left: "bg-silver-light text-ink",
};

/** Membership status as a badge; the text always carries the meaning, colour only supports it. */
export function MembershipBadge({ status, label }: { status: string; label: string }) {
  return <span className={`inline-block px-2 py-0.5 text-body-s font-semibold ${tone[status] ?? "bg-silver-light"}`}>{label}</span>;
}
