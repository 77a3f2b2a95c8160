import { getTranslations } from "next-intl/server";
import { archiveMilestone, archiveProgressUpdate } from "@/app/[locale]/staff/strategy/measures/[id]/actions";
import type { StaffMeasure } from "@/db/queries/strategy/staff-measure";
import { isFallback, pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { effectiveEnd, formatFlexibleDate } from "@/lib/strategy/dates";
import { ConfirmActionButton } from "@/components/ui/form/ConfirmActionButton";
import { MilestoneForm } from "./MilestoneForm";
import { ProgressUpdateForm } from "./ProgressUpdateForm";
import { Section } from "@/components/ui/Section";

/** The measure's milestones: a table, each editable in place by those who may edit the measure. */
export async function MilestoneSection({ measure, locale, canEdit, today }: { measure: StaffMeasure; locale: Locale; canEdit: boolean; today: string }) {
  const t = await getTranslations("milestones");
  const tState = await getTranslations("milestoneState");
  const tFlags = await getTranslations("strategyFlags");
  return (
    <Section id="milestones-heading" title={t("heading")}>
      {measure.milestones.length === 0 ? (
        <p className="mb-3">{t("none")}</p>
      ) : (
        <ul className="mb-4 divide-y divide-line border-y border-line">
          {measure.milestones.map((m) => {
            const overdue = (m.state === "planned" || m.state === "in_progress") && m.dueDate && effectiveEnd(m.dueDate, m.duePrecision) < today;
            return (
              <li key={m.id} className="py-3">
                <div className="flex flex-wrap items-center gap-x-4 gap-y-1">
                  <span className="font-semibold">{pick(m.title, locale)}</span>
                  <span>
                    {t("due")}: {m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : "–"}
                  </span>
                  <span>{tState(m.state)}</span>
                  {overdue ? <span className="border-2 border-error px-2 text-body-s font-semibold text-error">{tFlags("late")}</span> : null}
                </div>
                {canEdit ? (
                  <details className="mt-2">
                    <summary className="cursor-pointer text-bus underline">{t("editNamed", { title: pick(m.title, locale) })}</summary>
                    <div className="mt-3 max-w-2xl border-l-4 border-silver pl-4">
                      <MilestoneForm measureId={measure.id} milestone={m} />
                      <div className="mt-4">
                        <ConfirmActionButton action={archiveMilestone} id={m.id} version={m.version} label={t("remove")} question={t("removeConfirm")} />
                      </div>
                    </div>
                  </details>
                ) : null}
              </li>
            );
          })}
        </ul>
      )}
      {canEdit ? (
        <details>
          <summary className="cursor-pointer font-semibold text-bus underline">{t("addTitle")}</summary>
          <div className="mt-3 max-w-2xl">
            <MilestoneForm measureId={measure.id} />
          </div>
        </details>
      ) : null}
    </Section>
  );
}

/** Dated progress updates, newest first, with their review state; the form to write one. */
export async function ProgressUpdateSection({ measure, locale, canEdit, canPublish, today }: { measure: StaffMeasure; locale: Locale; canEdit: boolean; canPublish: boolean; today: string }) {
  const t = await getTranslations("progressUpdates");
  const tStaff = await getTranslations("staff");
  const tCommon = await getTranslations("common");
  return (
    <Section id="updates-heading" title={t("heading")}>
      {canEdit ? (
        <details className="mb-4" open={measure.updates.length === 0}>
          <summary className="cursor-pointer font-semibold text-bus underline">{t("addTitle")}</summary>
          <div className="mt-3 max-w-3xl">
            <ProgressUpdateForm measureId={measure.id} today={today} canPublish={canPublish} />
          </div>
        </details>
      ) : null}
      {measure.updates.length === 0 ? <p>{t("none")}</p> : null}
      <ol className="flex flex-col gap-4">
        {measure.updates.map((u) => (
          <li key={u.id} id={`update-${u.id}`} className="border-l-4 border-bus pl-3">
            <p className="text-body-s">
              <time dateTime={u.date} className="font-semibold">{formatFlexibleDate(u.date, "day", locale)}</time>
              {" · "}
              {u.authorName ?? "–"}
              {" · "}
              {tStaff(u.visibility)}
              {" · "}
              {tStaff(u.reviewState)}
            </p>
            <p className="whitespace-pre-line" lang={isFallback(u.body, locale) ? "fi" : undefined}>{pick(u.body, locale)}</p>
            {isFallback(u.body, locale) ? <p className="field-hint">{tCommon("inFinnish")}</p> : null}
            {u.reviewState === "returned" && u.reviewComment ? (
              <p role="note" className="mt-1 border-l-4 border-alert-dark bg-alert-light p-2">
                <span className="font-semibold">{t("returnedComment")}</span> {u.reviewComment}
              </p>
            ) : null}
            {canEdit ? (
              <details className="mt-2">
                <summary className="cursor-pointer text-bus underline">{t("editDated", { date: formatFlexibleDate(u.date, "day", locale) })}</summary>
                <div className="mt-3 max-w-3xl">
                  <ProgressUpdateForm measureId={measure.id} update={u} today={today} canPublish={canPublish} />
                  <div className="mt-4">
                    <ConfirmActionButton action={archiveProgressUpdate} id={u.id} version={u.version} label={t("remove")} question={t("removeConfirm")} />
                  </div>
                </div>
              </details>
            ) : null}
          </li>
        ))}
      </ol>
    </Section>
  );
}
