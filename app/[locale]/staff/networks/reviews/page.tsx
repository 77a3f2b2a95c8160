import { getTranslations } from "next-intl/server";
import { Subnav } from "@/components/ui/Subnav";
import { OpenRoundForm } from "@/app/[locale]/staff/networks/_components/ReviewForms";
import { getDb } from "@/db/client";
import { listReviewRounds } from "@/db/queries/networks/reviews";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";

/** Review rounds of the network portfolio, newest first; coordinators open new ones. */
export default async function ReviewRoundsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user } = await staffPage(params, "internal.read");
  const t = await getTranslations("networkReviews");
  const tn = await getTranslations("networks");
  const rounds = await listReviewRounds(await getDb());
  const date = (d: string | null) => (d ? formatFlexibleDate(d, "day", locale) : "–");
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{tn("title")}</h1>
      <Subnav area="networks" current="reviews" />
      <h2 className="mb-2 text-heading-m font-bold">{t("title")}</h2>
      <p className="mb-4 max-w-3xl">{t("lead")}</p>
      {rounds.length === 0 ? <p>{t("none")}</p> : (
        <Table caption={t("title")} wrapperClassName="mb-8 overflow-x-auto" head={[t("round"), t("state"), t("openedOn"), t("closedOn"), { label: t("networksCount"), numeric: true }, { label: t("decidedCount"), numeric: true }]}>
          {rounds.map((r) => (
            <tr key={r.id} className="border-b border-line">
              <th scope="row" className="p-2 font-semibold">
                <Link href={`/staff/networks/reviews/${r.id}`}>{pick(r.name, locale)}</Link>
              </th>
              <td className="p-2">{t(`states.${r.status}`)}</td>
              <td className="p-2">{date(r.openedOn)}</td>
              <td className="p-2">{date(r.closedOn)}</td>
              <td className="p-2 text-right">{r.networks}</td>
              <td className="p-2 text-right">{r.decided}</td>
            </tr>
          ))}
        </Table>
      )}
      {can(user.role, "networks.manage") ? (
        <section aria-labelledby="open-round" className="max-w-2xl border-2 border-line p-4">
          <h2 id="open-round" className="mb-2 text-heading-s font-bold">{t("open.title")}</h2>
          <p className="mb-4">{t("open.lead")}</p>
          <OpenRoundForm />
        </section>
      ) : null}
    </>
  );
}
