import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import { formatRate, type AdoptionFigures } from "@/lib/advocacy/adoption";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Section } from "@/components/ui/Section";
import { Table } from "@/components/ui/Table";

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
    <Section id="priorities-heading" title={t("prioritiesTitle")}>
      <Table caption={t("prioritiesTitle")} wrapperClassName="overflow-x-auto" head={[t("priority"), t("goal"), t("plan"), t("actionCount"), t("adoption")]}>
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
              <td className="p-2">{figures ? `${formatRate(figures.rate, locale)} (${t("decidedOf", { decided: figures.decided, total: figures.total })})` : "–"}</td>
            </tr>
          );
        })}
      </Table>
    </Section>
  );
}
