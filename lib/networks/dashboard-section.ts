import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import { formatMoney, type Cents } from "@/lib/money";

/** Euros without cents when there are none, with them otherwise (never rounded). */
export const exactMoney = (cents: Cents, locale: string, currency = "EUR") => formatMoney(cents, locale, { whole: cents % 100 === 0, currency });
import { formatCount, type Locale, type Translate } from "@/lib/dashboard/format";
import { palette, type Section } from "@/lib/dashboard/model";
import { networkTypes } from "./vocabulary";

export type Recommendation = "keep" | "leave" | "join" | "re_evaluate";

export type NetworksData = {
  /** Fees of the networks the city takes part in, by type and currency (exact cents). */
  feesByType: { type: string; currency: string; networks: number; feeCents: Cents }[];
  /** The latest review round and each network's outcome (the coordinator's decision, else the reviewers' consensus). */
  latest: {
    round: { id: string; name: LocalizedText | string; openedOn?: string | null };
    items: { networkId: string; name: LocalizedText; outcome: Recommendation | null; decision: Recommendation | null }[];
  } | null;
};

const TYPE_ORDER: readonly string[] = networkTypes;
const REC_ORDER: Recommendation[] = ["keep", "join", "re_evaluate", "leave"];

/** Network fees by type and the latest review's recommendations. */
export function networksSection(data: NetworksData, { t, locale }: { t: Translate; locale: Locale }): Section {
  const types = [...new Set(data.feesByType.map((f) => f.type))].sort((a, b) => TYPE_ORDER.indexOf(a) - TYPE_ORDER.indexOf(b));
  const eur = (type: string) => data.feesByType.find((f) => f.type === type && f.currency === "EUR")?.feeCents ?? 0;
  const others = (type: string) =>
    data.feesByType
      .filter((f) => f.type === type && f.currency !== "EUR" && f.feeCents > 0)
      .map((f) => exactMoney(f.feeCents, locale, f.currency))
      .join(", ");
  const count = (type: string) => data.feesByType.filter((f) => f.type === type).reduce((a, f) => a + f.networks, 0);
  const totalEur = data.feesByType.filter((f) => f.currency === "EUR").reduce((a, f) => a + f.feeCents, 0);
  const totalNetworks = data.feesByType.reduce((a, f) => a + f.networks, 0);
  const votes = new Map<Recommendation, number>(REC_ORDER.map((r) => [r, 0]));
  for (const i of data.latest?.items ?? []) if (i.outcome) votes.set(i.outcome, (votes.get(i.outcome) ?? 0) + 1);
  const roundName = data.latest ? (typeof data.latest.round.name === "string" ? data.latest.round.name : pick(data.latest.round.name, locale)) : "";
  const items = [...(data.latest?.items ?? [])].sort(
    (a, b) => REC_ORDER.indexOf(a.outcome ?? "re_evaluate") - REC_ORDER.indexOf(b.outcome ?? "re_evaluate") || pick(a.name, locale).localeCompare(pick(b.name, locale), locale),
  );
  return {
    id: "networks",
    title: t("networks.title"),
    intro: t("networks.intro"),
    figures: [
      { key: "networks", label: t("networks.active"), value: formatCount(totalNetworks, locale), href: "/staff/networks" },
      { key: "fees", label: t("networks.fees"), value: exactMoney(totalEur, locale) },
      ...(data.latest
        ? [
            { key: "keep", label: t("networks.recommended", { rec: t("networks.recommendations.keep") }), value: formatCount(votes.get("keep") ?? 0, locale), href: `/staff/networks/reviews/${data.latest.round.id}` },
            { key: "leave", label: t("networks.recommended", { rec: t("networks.recommendations.leave") }), value: formatCount(votes.get("leave") ?? 0, locale), href: `/staff/networks/reviews/${data.latest.round.id}`, alert: (votes.get("leave") ?? 0) > 0 },
            { key: "join", label: t("networks.recommended", { rec: t("networks.recommendations.join") }), value: formatCount(votes.get("join") ?? 0, locale), href: `/staff/networks/reviews/${data.latest.round.id}` },
          ]
        : []),
    ],
    blocks: [
      {
        kind: "bars",
        id: "fees-by-type",
        title: t("networks.feesByType"),
        description: t("networks.feesHelp"),
        categoryHeader: t("networks.type"),
        series: [{ name: t("networks.fees"), color: palette.copper }],
        max: Math.max(1, ...types.map(eur)),
        rows: types.map((type) => ({
          label: t(`networks.types.${type}`),
          values: [{ value: eur(type), display: exactMoney(eur(type), locale) }],
          extra: [formatCount(count(type), locale), others(type) || "–"],
        })),
        extraHeaders: [t("networks.count"), t("networks.otherCurrencies")],
        empty: t("networks.none"),
      },
      {
        kind: "table",
        id: "latest-review",
        title: data.latest ? t("networks.latestReview", { round: roundName }) : t("networks.latestReviewNone"),
        description: data.latest ? t("networks.reviewHelp") : undefined,
        headers: [t("networks.network"), t("networks.recommendation"), t("networks.decided")],
        rows: items.map((i) => [pick(i.name, locale), i.outcome ? t(`networks.recommendations.${i.outcome}`) : "–", i.decision ? t("networks.yes") : t("networks.no")]),
        empty: t("networks.noReview"),
      },
    ],
  };
}
