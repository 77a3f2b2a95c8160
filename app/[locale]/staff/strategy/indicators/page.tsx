import { getTranslations } from "next-intl/server";
import { Subnav } from "@/components/ui/Subnav";
import { listIndicatorsForStaff } from "@/db/queries/strategy/staff-indicators";
import { strategyOutline } from "@/db/queries/strategy/staff-list";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can, canAny } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { formatDecimal } from "@/lib/strategy/numbers";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";
import { ExportLinks } from "@/components/ui/ExportLinks";

/** Indicators: latest value against the nearest target, per period. */
export default async function IndicatorsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const t = await getTranslations("indicatorList");
  const tStaff = await getTranslations("staff");
  const tImport = await getTranslations("indicatorImport");
  const [rows, outline] = await Promise.all([listIndicatorsForStaff(db), strategyOutline(db)]);
  return (
    <>
      <Subnav area="strategy" current="indicators" />
      <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
      <ExportLinks kinds={["indicator-values"]} show={can(user.role, "export.read")} />
      {canAny(user.role, ["strategy.manage", "strategy.editOwn"]) ? (
        <p className="mb-4">
          <Link href="/staff/strategy/indicators/import">{tImport("link")}</Link>
        </p>
      ) : null}
      {outline.periods.map((period) => {
        const list = rows.filter((r) => r.periodId === period.id);
        return (
          <section key={period.id} aria-labelledby={`ind-period-${period.id}`} className="mb-10">
            <h2 id={`ind-period-${period.id}`} className="mb-2 text-heading-m font-bold">{pick(period.name, locale)}</h2>
            {can(user.role, "strategy.manage") ? (
              <p className="mb-3">
                <Link href={`/staff/strategy/indicators/new?period=${period.id}`}>{t("new")}</Link>
              </p>
            ) : null}
            {list.length === 0 ? (
              <p>{t("none")}</p>
            ) : (
              <Table caption={t("title")} head={[t("indicator"), t("latest"), t("target"), tStaff("visibility"), tStaff("reviewState")]}>
                {list.map((i) => {
                  const actual = i.points.filter((p) => p.kind === "actual");
                  const latest = actual[actual.length - 1];
                  const target = i.points.filter((p) => p.kind === "target").find((p) => !latest || p.date >= latest.date);
                  const unit = pick(i.unit, locale);
                  return (
                    <tr key={i.id} className="border-b border-line align-top">
                      <th scope="row" className="p-2">
                        <Link href={`/staff/strategy/indicators/${i.id}`}>{pick(i.title, locale)}</Link>
                      </th>
                      <td className="p-2">{latest ? `${formatDecimal(latest.value, locale)} ${unit} (${formatFlexibleDate(latest.date, "day", locale)})` : "–"}</td>
                      <td className="p-2">{target ? `${formatDecimal(target.value, locale)} ${unit} (${formatFlexibleDate(target.date, "day", locale)})` : "–"}</td>
                      <td className="p-2">{tStaff(i.visibility)}</td>
                      <td className="p-2">{tStaff(i.reviewState)}</td>
                    </tr>
                  );
                })}
              </Table>
            )}
          </section>
        );
      })}
    </>
  );
}
