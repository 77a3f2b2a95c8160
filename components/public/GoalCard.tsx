import { getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/ProgressBar";
import type { PublicGoal, PublicMeasure, PublicPriority } from "@/db/queries/public/strategy";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicLinks } from "@/lib/public/links";
import { statusCounts } from "@/lib/public/progress";
import { rollUpProgress } from "@/lib/strategy/rollup";
import { LocalizedText } from "./LocalizedText";
import { todayInHelsinki } from "@/lib/dates";

/** A goal on the home page: its progress rolled up from its measures, the measures by status, its priorities. */
export async function GoalCard({ goal, priorities, measures, locale }: { goal: PublicGoal; priorities: PublicPriority[]; measures: PublicMeasure[]; locale: Locale }) {
  const t = await getTranslations("publicHome");
  const tStatus = await getTranslations("status");
  const counts = statusCounts(measures, todayInHelsinki());
  const title = pick(goal.title, locale);
  return (
    <article aria-labelledby={`goal-${goal.id}`} className="flex flex-col border-t-4 border-coat bg-white pt-4">
      <p className="text-body-s font-semibold uppercase tracking-wide text-muted">{t(`scope.${goal.scope}`)}</p>
      <h3 id={`goal-${goal.id}`} className="mb-2 text-heading-m font-bold">
        <Link href={publicLinks.goal(goal.id)} lang={goal.title[locale]?.trim() ? undefined : "fi"}>
          {title}
        </Link>
      </h3>
      <LocalizedText as="p" text={goal.description} locale={locale} className="mb-3" />
      <div className="mb-2">
        <ProgressBar value={rollUpProgress(measures)} label={t("goalProgress", { goal: title })} />
      </div>
      <p className="mb-4 text-body-s">
        {t("measureCount", { count: measures.length })}
        {counts.length ? ": " : ""}
        {counts.map((c) => `${tStatus(c.status)} ${c.count}`).join(", ")}
      </p>
      {priorities.length ? (
        <>
          <h4 className="mb-2 font-bold">{t("priorities")}</h4>
          <ul className="flex flex-col gap-3">
            {priorities.map((p) => {
              const own = measures.filter((m) => m.priorityIds.includes(p.id));
              const name = pick(p.title, locale);
              return (
                <li key={p.id}>
                  <Link href={publicLinks.priority(p.id, goal.id)} lang={p.title[locale]?.trim() ? undefined : "fi"}>
                    {name}
                  </Link>
                  <ProgressBar value={rollUpProgress(own)} label={t("priorityProgress", { priority: name })} />
                </li>
              );
            })}
          </ul>
        </>
      ) : null}
    </article>
  );
}
