import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { MembershipBadge } from "@/components/networks/MembershipBadge";
import { Subnav } from "@/components/ui/Subnav";
import { DecisionForm, ScoreForm } from "@/app/[locale]/staff/networks/_components/ReviewForms";
import { getDb } from "@/db/client";
import { getReviewRound } from "@/db/queries/networks/reviews";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money";
import { can } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { isUuid } from "@/lib/ids";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";

/** One network in a round: every reviewer's assessment, one's own score form, and the coordinator's decision. */
export default async function ReviewItemPage({ params }: { params: Promise<{ locale: Locale; roundId: string; networkId: string }> }) {
  const { locale, roundId, networkId, user } = await staffPage(params, "internal.read");
  if (!isUuid(roundId) || !isUuid(networkId)) notFound();
  const view = await getReviewRound(await getDb(), roundId);
  const item = view?.items.find((i) => i.networkId === networkId);
  if (!view || !item) notFound();
  const t = await getTranslations("networkReviews");
  const tn = await getTranslations("networks");
  const open = view.round.status === "open";
  const own = item.scores.find((s) => s.reviewerId === user.id) ?? null;
  const date = (d: string | null) => (d ? formatFlexibleDate(d, "day", locale) : "–");
  const prios = view.priorities.filter((p) => item.priorityIds.includes(p.id));
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("itemTitle", { network: pick(item.name, locale), round: pick(view.round.name, locale) })}</h1>
      <Subnav area="networks" current="reviews" />
      <p className="mb-4 flex flex-wrap gap-4">
        <Link href={`/staff/networks/reviews/${roundId}`}>← {pick(view.round.name, locale)}</Link>
        <Link href={`/staff/networks/${networkId}`}>{t("toNetwork")}</Link>
      </p>
      <dl className="mb-8 grid gap-2 sm:grid-cols-2">
        <div>
          <dt className="font-semibold">{t("statusAtReview")}</dt>
          <dd><MembershipBadge status={item.statusAtReview} label={tn(`statuses.${item.statusAtReview}`)} /></dd>
        </div>
        <div>
          <dt className="font-semibold">{t("feeAtReview")}</dt>
          <dd>{formatMoney(item.feeCents, locale, { currency: item.currency, unknown: "–" })}</dd>
        </div>
        <div className="sm:col-span-2">
          <dt className="font-semibold">{tn("fields.priorities")}</dt>
          <dd>{prios.map((p) => pick(p.title, locale)).join(", ") || "–"}</dd>
        </div>
      </dl>

      <section aria-labelledby="scores" className="mb-10">
        <h2 id="scores" className="mb-2 text-heading-m font-bold">{t("scores")}</h2>
        {item.scores.length === 0 ? <p>{t("noScores")}</p> : (
          <Table caption={t("scores")} wrapperClassName="overflow-x-auto" head={[t("reviewer"), { label: t("criteria.strategicFit"), numeric: true }, { label: t("criteria.benefit"), numeric: true }, { label: t("criteria.costEffectiveness"), numeric: true }, t("recommendation"), t("justification")]} foot={
            <tr className="border-t-2 border-ink font-semibold">
              <th scope="row" className="p-2">{t("average")}</th>
              <td className="p-2 text-right">{item.aggregate.strategicFit}</td>
              <td className="p-2 text-right">{item.aggregate.benefit}</td>
              <td className="p-2 text-right">{item.aggregate.costEffectiveness}</td>
              <td className="p-2" colSpan={2}>{item.aggregate.consensus ? t(`recommendations.${item.aggregate.consensus}`) : "–"} · {t("overall")} {item.aggregate.overall}</td>
            </tr>
          }>
            {item.scores.map((s) => (
              <tr key={s.id} className="border-b border-line align-top">
                <th scope="row" className="p-2 font-semibold">{s.reviewerName}</th>
                <td className="p-2 text-right">{s.strategicFit}</td>
                <td className="p-2 text-right">{s.benefit}</td>
                <td className="p-2 text-right">{s.costEffectiveness}</td>
                <td className="p-2">{t(`recommendations.${s.recommendation}`)}</td>
                <td className="p-2">{s.justification}</td>
              </tr>
            ))}
          </Table>
        )}
      </section>

      <section aria-labelledby="decision" className="mb-10">
        <h2 id="decision" className="mb-2 text-heading-m font-bold">{t("decision.label")}</h2>
        <p className="mb-4">
          {item.decision ? `${t(`recommendations.${item.decision}`)} (${date(item.decidedOn)})` : t("decision.none")}
          {item.decisionNote ? ` – ${item.decisionNote}` : ""}
        </p>
        {open && can(user.role, "networks.manage") ? (
          <div className="max-w-2xl border-2 border-line p-4">
            <DecisionForm itemId={item.id} version={item.version} decision={item.decision} decidedOn={item.decidedOn} note={item.decisionNote} />
          </div>
        ) : null}
      </section>

      {open && can(user.role, "networks.review") ? (
        <section aria-labelledby="your-score" className="mb-10 max-w-2xl border-2 border-line p-4">
          <h2 id="your-score" className="mb-2 text-heading-m font-bold">{own ? t("score.yours") : t("score.give")}</h2>
          <ScoreForm roundId={roundId} networkId={networkId} own={own} />
        </section>
      ) : !open ? (
        <p className="mb-10">{t("closedNote")}</p>
      ) : null}
    </>
  );
}
