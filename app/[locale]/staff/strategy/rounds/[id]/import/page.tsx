import { notFound, redirect } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { Subnav } from "@/components/ui/Subnav";
import { ImportFlow } from "@/components/ui/ImportFlow";
import { getRound } from "@/db/queries/strategy/rounds";
import { staffPage } from "@/lib/auth/staff-page";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can, canAny } from "@/lib/permissions";
import { measureImportSpec } from "@/lib/strategy/measure-import-spec";

/** Import measures and their texts for this (open) reporting round: the one import flow, all or nothing. */
export default async function MeasureImportPage({ params }: { params: Promise<{ locale: Locale; id: string }> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  if (!canAny(user.role, ["strategy.manage", "strategy.editOwn"])) redirect(`/${locale}/no-access`);
  const round = await getRound(db, id);
  if (!round) notFound();
  const t = await getTranslations("measureImport");
  const tRounds = await getTranslations("strategyRounds");
  return (
    <>
      <Subnav area="strategy" current="rounds" />
      <p className="text-body-s text-muted">
        <Link href={`/staff/strategy/rounds/${id}`}>{pick(round.name, locale)}</Link>
      </p>
      <h1 className="mb-4 text-heading-l font-bold">{t("title", { round: pick(round.name, locale) })}</h1>
      <div className="max-w-3xl">
        <p className="mb-2">{t("lead")}</p>
        <p className="mb-2">{t("rules")}</p>
        {can(user.role, "strategy.manage") ? null : <p className="mb-2">{t("own")}</p>}
        <p className="mb-4 text-body-s">{t("columns", { columns: measureImportSpec.columns.map((c) => c.key).join(", ") })}</p>
        {round.state === "open" ? <ImportFlow endpoint={`/api/strategy/measures/import?round=${round.id}`} /> : <p role="status">{tRounds(`states.${round.state}`)}</p>}
      </div>
    </>
  );
}
