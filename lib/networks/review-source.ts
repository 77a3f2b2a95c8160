import "server-only";
import { roleTermText } from "@/lib/networks/roles";
import { getTranslations } from "next-intl/server";
import type { Db } from "@/db/client";
import { priorityTitles } from "@/db/queries/review/detail";
import type { Network } from "@/db/schema";
import type { NetworkSnapshot } from "@/db/queries/networks/snapshots";
import { missingRequiredTranslations, pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { fieldRows, localizedRows } from "@/lib/review/compare";
import { tableReviewSource } from "@/lib/review/table-source";
import type { ComparisonRow, ReviewRow, ReviewSource } from "@/lib/review/types";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { formatMoney } from "@/lib/money";
import { countryName } from "./countries";
import { NETWORK } from "./write";
import { networksTable, publishNetworkRow, snapshotOf } from "@/db/queries/networks/write";

/**
 * Networks in the cross-area review queue (lib/review/sources.ts): an
 * editor's change waits here; the coordinator compares it field by field
 * with the published version and publishes or returns it.
 */
async function comparison(db: Db, published: NetworkSnapshot | null, draft: NetworkSnapshot, locale: Locale): Promise<ComparisonRow[]> {
  const t = await getTranslations({ locale, namespace: "networks" });
  const ids = [...new Set([...(published?.priorityIds ?? []), ...draft.priorityIds])];
  const title = await priorityTitles(db, ids);
  return [
    ...localizedRows("name", t("fields.name"), published?.name, draft.name),
    ...localizedRows("description", t("fields.description"), published?.description, draft.description),
    ...fieldRows(published, draft, [
      ["type", t("fields.type"), (s) => t(`types.${s.type}`)],
      ["status", t("fields.status"), (s) => `${t(`statuses.${s.status}`)} (${s.statusSince ? formatFlexibleDate(s.statusSince, s.statusSincePrecision ?? "day", locale) : t("sinceUnknown")})`],
      ["annualFee", t("fields.annualFee"), (s) => (s.annualFeeCents === null ? null : formatMoney(s.annualFeeCents, locale, { currency: s.feeCurrency }))],
      ["website", t("fields.website"), (s) => s.website],
      ["country", t("fields.country"), (s) => countryName(s.countryCode, locale) || null],
      ["roles", t("sections.roles"), (s) => s.roles.map((r) => `${pick(r.title, locale)}${r.body ? `, ${pick(r.body, locale)}` : ""} (${roleTermText(r, locale, t("roles.ongoing"))})`).join("\n") || null],
      ["priorities", t("fields.priorities"), (s) => s.priorityIds.map((id) => pick(title.get(id), locale) || id).join("\n") || null],
    ]),
  ];
}

export const networkReviewSource: ReviewSource = tableReviewSource<Network & ReviewRow>({
  type: NETWORK,
  area: "networks",
  table: networksTable,
  async detail(db, row, locale) {
    const draft = await snapshotOf(db as never, row);
    const published = (row.published as NetworkSnapshot | null) ?? null;
    const t = await getTranslations({ locale, namespace: "networks" });
    const tTypes = await getTranslations({ locale, namespace: "reviewTypes" });
    const missing = missingRequiredTranslations(row.name);
    return {
      title: pick(row.name, locale),
      typeLabel: tTypes(NETWORK),
      editHref: `/staff/networks/${row.id}`,
      publicHref: `/networks/${row.id}`,
      internalOnly: false,
      rows: await comparison(db, published, draft, locale),
      missingTranslations: missing.length ? [{ label: t("fields.name"), languages: missing }] : [],
    };
  },
  async publish({ tx, actor, audit }, row, version) {
    // Publish only the version the reviewer compared; a later save answers "changed by …".
    await publishNetworkRow(tx, row as unknown as Network, actor, audit, version);
  },
});
