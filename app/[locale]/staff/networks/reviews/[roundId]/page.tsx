import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Subnav } from "@/components/ui/Subnav";
import { AddToRoundForm, CloseRoundForm } from "@/app/[locale]/staff/networks/_components/ReviewForms";
import { getReviewRound, networksNotInRound } from "@/db/queries/networks/reviews";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatFeeTotals } from "@/lib/networks/amounts";
import { recommendations } from "@/lib/networks/review";
import { can } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";

/** One review round: its summary (by recommendation, fees to keep and leave, unserved priorities) and every network's scores. */
export default async function ReviewRoundPage({ params }: { params: Promise<{ locale: Locale; roundId: string }> }) {
  const { locale, roundId, user, db } = await staffPage(params, "internal.read", ["roundId"]);
  const view = await getReviewRound(db, roundId);
  if (!view) notFound();
  const { round, items, summary, priorities } = view;
  const t = await getTranslations("networkReviews");
  const tn = await getTranslations("networks");
  const open = round.status === "open";
  const manage = can(user.role, "networks.manage");
  const candidates = open && manage ? await networksNotInRound(db, round.id) : [];
  const nameOf = new Map(items.map((i) => [i.networkId, pick(i.name, locale)]));
  const date = (d: string | null) => (d ? formatFlexibleDate(d, "day", locale) : "–");
  const unserved = priorities.filter((p) => summary.unservedPriorityIds.includes(p.id));

  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{pick(round.name, locale)}</h1>
      <Subnav area="networks" current="reviews" />
      <p className="mb-2">
        <Link href="/staff/networks/reviews">← {t("title")}</Link>
      </p>
      <p className="mb-4">
        {t(`states.${round.status}`)} · {t("openedOn")} {date(round.openedOn)}
        {round.closedOn ? ` · ${t("closedOn")} ${date(round.closedOn)}` : ""}
      </p>
      {round.description ? <p className="mb-6 max-w-3xl">{pick(round.description, locale)}</p> : null}

      <section aria-labelledby="summary" className="mb-10">
        <h2 id="summary" className="mb-4 text-heading-m font-bold">{t("summary.title")}</h2>
        <dl className="mb-6 grid gap-4 sm:grid-cols-3">
          <div className="bg-fog-light p-4">
            <dt className="font-semibold">{t("summary.feesKeep")}</dt>
            <dd className="text-heading-s font-bold" data-testid="fees-keep">{formatFeeTotals(summary.feesKeep, locale)}</dd>
          </div>
          <div className="bg-fog-light p-4">
            <dt className="font-semibold">{t("summary.feesLeave")}</dt>
            <dd className="text-heading-s font-bold" data-testid="fees-leave">{formatFeeTotals(summary.feesLeave, locale)}</dd>
          </div>
          <div className="bg-fog-light p-4">
            <dt className="font-semibold">{t("summary.feesJoin")}</dt>
            <dd className="text-heading-s font-bold">{formatFeeTotals(summary.feesJoin, locale)}</dd>
          </div>
        </dl>
        <h3 className="mb-2 text-heading-xs font-bold">{t("summary.byRecommendation")}</h3>
        <ul className="mb-6 grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {[...recommendations, "pending" as const].map((r) => (
            <li key={r} className="border-2 border-line p-3">
              <p className="font-semibold">
                {t(`recommendations.${r}`)} ({summary.byOutcome[r].length})
              </p>
              <p className="text-body-s">{summary.byOutcome[r].map((id) => nameOf.get(id)).join(", ") || "–"}</p>
            </li>
          ))}
        </ul>
        <h3 className="mb-2 text-heading-xs font-bold">{t("summary.unserved")}</h3>
        <p className="mb-2 field-hint">{t("summary.unservedHint")}</p>
        {unserved.length ? (
          <ul className="list-disc pl-6">
            {unserved.map((p) => (
              <li key={p.id}>
                {pick(p.title, locale)} <span className="text-muted">({pick(p.goalTitle, locale)})</span>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t("summary.allServed")}</p>
        )}
      </section>

      <section aria-labelledby="networks" className="mb-10">
        <h2 id="networks" className="mb-2 text-heading-m font-bold">{t("networks")}</h2>
        <Table caption={t("networks")} wrapperClassName="overflow-x-auto" head={[tn("fields.name"), t("statusAtReview"), { label: t("criteria.strategicFit"), numeric: true }, { label: t("criteria.benefit"), numeric: true }, { label: t("criteria.costEffectiveness"), numeric: true }, { label: t("overall"), numeric: true }, t("reviewersRecommend"), t("decision.label")]}>
          {items.map((i) => (
            <tr key={i.id} className="border-b border-line align-top">
              <th scope="row" className="p-2 font-semibold">
                <Link href={`/staff/networks/reviews/${round.id}/${i.networkId}`}>{pick(i.name, locale)}</Link>
              </th>
              <td className="p-2">{tn(`statuses.${i.statusAtReview}`)}</td>
              <td className="p-2 text-right">{i.aggregate.strategicFit ?? "–"}</td>
              <td className="p-2 text-right">{i.aggregate.benefit ?? "–"}</td>
              <td className="p-2 text-right">{i.aggregate.costEffectiveness ?? "–"}</td>
              <td className="p-2 text-right">{i.aggregate.overall ?? "–"}</td>
              <td className="p-2">
                {i.aggregate.consensus ? t(`recommendations.${i.aggregate.consensus}`) : "–"}
                <span className="block text-muted">{t("reviewerCount", { count: i.aggregate.reviewers })}</span>
              </td>
              <td className="p-2">{i.decision ? `${t(`recommendations.${i.decision}`)} (${date(i.decidedOn)})` : t("decision.none")}</td>
            </tr>
          ))}
        </Table>
      </section>

      {open && manage ? (
        <div className="grid gap-8 lg:grid-cols-2">
          <section aria-labelledby="add" className="border-2 border-line p-4">
            <h2 id="add" className="mb-2 text-heading-s font-bold">{t("add.title")}</h2>
            <AddToRoundForm roundId={round.id} options={candidates.map((c) => ({ value: c.id, label: `${pick(c.name, locale)} (${tn(`statuses.${c.status}`)})` }))} />
          </section>
          <section aria-labelledby="close" className="border-2 border-line p-4">
            <h2 id="close" className="mb-2 text-heading-s font-bold">{t("close.title")}</h2>
            <CloseRoundForm roundId={round.id} version={round.version} />
          </section>
        </div>
      ) : null}
    </>
  );
}
