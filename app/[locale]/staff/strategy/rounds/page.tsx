import { getTranslations } from "next-intl/server";
import { OpenRoundForm } from "@/app/[locale]/staff/strategy/rounds/_components/RoundForms";
import { Subnav } from "@/components/ui/Subnav";
import { listRounds } from "@/db/queries/strategy/rounds";
import { strategyOutline } from "@/db/queries/strategy/staff-list";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";

/** Reporting rounds per period: state, how many measures are written; coordinators open new ones. */
export default async function RoundsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const t = await getTranslations("strategyRounds");
  const [rounds, outline] = await Promise.all([listRounds(db), strategyOutline(db)]);
  return (
    <>
      <Subnav area="strategy" current="rounds" />
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {outline.periods.map((period) => {
        const list = rounds.filter((r) => r.periodId === period.id);
        return (
          <section key={period.id} aria-labelledby={`rounds-${period.id}`} className="mb-8">
            <h2 id={`rounds-${period.id}`} className="mb-2 text-heading-m font-bold">{pick(period.name, locale)}</h2>
            {list.length === 0 ? (
              <p>{t("none")}</p>
            ) : (
              <Table caption={<>{t("title")}: {pick(period.name, locale)}</>} head={[t("name"), t("cutOff"), t("state"), t("writtenCount")]}>
                {list.map((r) => (
                  <tr key={r.id} className="border-b border-line">
                    <th scope="row" className="p-2 font-normal">
                      <Link href={`/staff/strategy/rounds/${r.id}`}>{pick(r.name, locale)}</Link>
                    </th>
                    <td className="p-2">{formatFlexibleDate(r.cutOffDate, "day", locale)}</td>
                    <td className="p-2">{t(`states.${r.state}`)}</td>
                    <td className="p-2">{t("writtenOf", { written: r.written, total: r.entries })}</td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
        );
      })}
      {can(user.role, "strategy.manage") ? (
        <section aria-labelledby="open-round" className="mb-8">
          <h2 id="open-round" className="mb-2 text-heading-m font-bold">{t("openTitle")}</h2>
          <p className="mb-3 max-w-3xl">{t("openHelp")}</p>
          <OpenRoundForm periods={outline.periods.map((p) => ({ id: p.id, name: pick(p.name, locale) }))} />
        </section>
      ) : null}
    </>
  );
}
