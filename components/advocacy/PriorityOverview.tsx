import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import { formatRate, type AdoptionFigures } from "@/lib/advocacy/adoption";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";

/** Every priority with its plan's state, number of actions and asks' adoption rate, linking to its advocacy page. */
export async function PriorityOverview({
  priorities,
  plans,
  adoption,
  actionCounts,
  locale,
}: {
  priorities: { id: string; title: LocalizedText; goalTitle: LocalizedText }[];
  plans: { priorityId: string; reviewState: string; visibility: string }[];
  /** Adoption figures per priority (counted in SQL). */
  adoption: Map<string, AdoptionFigures>;
  /** Actions per priority (counted in SQL). */
  actionCounts: Map<string, number>;
  locale: Locale;
}) {
  const t = await getTranslations("advocacy");
  const tStaff = await getTranslations("staff");
  return (
    <section aria-labelledby="priorities-heading" className="mb-10">
      <h2 id="priorities-heading" className="mb-3 text-heading-m font-bold">
        {t("prioritiesTitle")}
      </h2>
      <div className="overflow-x-auto">
        <table className="w-full border-collapse text-left text-body-s">
          <caption className="sr-only">{t("prioritiesTitle")}</caption>
          <thead>
            <tr className="border-b-2 border-ink">
              <th scope="col" className="p-2">{t("priority")}</th>
              <th scope="col" className="p-2">{t("goal")}</th>
              <th scope="col" className="p-2">{t("plan")}</th>
              <th scope="col" className="p-2">{t("actionCount")}</th>
              <th scope="col" className="p-2">{t("adoption")}</th>
            </tr>
          </thead>
          <tbody>
            {priorities.map((p) => {
              const plan = plans.find((x) => x.priorityId === p.id);
              const figures = adoption.get(p.id);
              return (
                <tr key={p.id} className="border-b border-line align-top">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/staff/advocacy/priorities/${p.id}`} className="font-semibold">
                      {pick(p.title, locale)}
                    </Link>
                  </th>
                  <td className="p-2">{pick(p.goalTitle, locale)}</td>
                  <td className="p-2">
                    {plan ? `${tStaff(plan.reviewState)}${plan.visibility === "public" ? ` · ${t("withPublicSummary")}` : ""}` : <span className="text-muted">{t("noPlan")}</span>}
                  </td>
                  <td className="p-2">{actionCounts.get(p.id) ?? 0}</td>
                  <td className="p-2">
                    {figures ? `${formatRate(figures.rate, locale)} (${t("decidedOf", { decided: figures.decided, total: figures.total })})` : "–"}
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
    </section>
  );
}
