import { getFormatter, getTranslations } from "next-intl/server";
import { restoreGoal } from "@/app/[locale]/staff/strategy/goals/actions";
import { restoreMeasure } from "@/app/[locale]/staff/strategy/measures/actions";
import { restorePeriod } from "@/app/[locale]/staff/strategy/periods/actions";
import { restorePriority } from "@/app/[locale]/staff/strategy/priorities/actions";
import type { ArchivedStrategyItem } from "@/db/queries/strategy/archived";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { ConfirmActionButton } from "@/components/ui/form/ConfirmActionButton";

const restoreActions = { period: restorePeriod, goal: restoreGoal, priority: restorePriority, measure: restoreMeasure };

/** The tree's "show archived" view: archived items, newest first, each with a Restore button (managers only). */
export async function ArchivedItems({ items, locale }: { items: ArchivedStrategyItem[]; locale: Locale }) {
  const t = await getTranslations("strategyTree");
  const format = await getFormatter();
  return (
    <section aria-labelledby="archived-heading" className="mb-12 border-l-4 border-silver pl-4">
      <h2 id="archived-heading" className="text-heading-m font-bold">{t("archivedTitle")}</h2>
      <p className="mb-4">{t("archivedHelp")}</p>
      {items.length === 0 ? (
        <p>{t("archivedNone")}</p>
      ) : (
        <table className="w-full text-left">
          <thead>
            <tr className="border-b-2 border-black">
              <th scope="col" className="p-2">{t("archivedKind")}</th>
              <th scope="col" className="p-2">{t("archivedName")}</th>
              <th scope="col" className="p-2">{t("archivedOn")}</th>
              <th scope="col" className="p-2"><span className="sr-only">{t("restore")}</span></th>
            </tr>
          </thead>
          <tbody>
            {items.map((item) => {
              const name = pick(item.title, locale);
              return (
                <tr key={`${item.kind}-${item.id}`} className="border-b border-line align-top">
                  <td className="p-2">{t(`kind.${item.kind}`)}</td>
                  <th scope="row" className="p-2 font-normal">{name}</th>
                  <td className="p-2">{item.archivedAt ? format.dateTime(item.archivedAt, { dateStyle: "medium" }) : null}</td>
                  <td className="p-2">
                    <ConfirmActionButton
                      action={restoreActions[item.kind]}
                      id={item.id}
                      version={item.version}
                      label={t("restore")}
                      openAriaLabel={t("restoreLabel", { name })}
                      question={t("restoreConfirm", { name })}
                      confirmLabel={t("restoreYes")}
                      danger={false}
                    />
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      )}
    </section>
  );
}
