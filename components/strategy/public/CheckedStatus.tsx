import { getTranslations } from "next-intl/server";
import { StatusBadge } from "@/components/ui/StatusBadge";
import type { Locale } from "@/lib/i18n/routing";
import { lowerCaseIn } from "@/lib/i18n/localized";
import { formatFlexibleDate, type Precision } from "@/lib/strategy/dates";
import { lateReason } from "@/lib/strategy/flags";

type Checkable = { status: string; dueDate: string | null; duePrecision: Precision; milestones: { dueDate: string | null; duePrecision: Precision; state: string }[] };

/**
 * A measure's status checked against its dates (lib/strategy/flags): when a
 * date has passed unfinished it shows "Late", next to what its editor
 * reported ("reported on schedule — due 06/2022 passed").
 */
export async function CheckedStatus({ measure, today, locale }: { measure: Checkable; today: string; locale: Locale }) {
  const tStatus = await getTranslations("status");
  const tFlags = await getTranslations("strategyFlags");
  const reason = lateReason(measure, today);
  if (!reason || reason.kind === "reported" || measure.status === "late") {
    const status = reason ? "late" : measure.status;
    return <StatusBadge status={status} label={tStatus(status)} />;
  }
  const note = tFlags(reason.kind === "due" ? "reportedDue" : "reportedMilestone", {
    status: lowerCaseIn(tStatus(measure.status), locale),
    date: formatFlexibleDate(reason.date, reason.precision, locale),
  });
  return (
    <span className="inline-flex flex-wrap items-center gap-x-2">
      <StatusBadge status="late" label={tStatus("late")} />
      <span className="text-body-s">({note})</span>
    </span>
  );
}
