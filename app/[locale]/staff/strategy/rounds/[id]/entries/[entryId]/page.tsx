import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RoundEntryForm } from "@/app/[locale]/staff/strategy/rounds/_components/RoundForms";
import { Subnav } from "@/components/ui/Subnav";
import { getRound, roundEntryForPage } from "@/db/queries/strategy/rounds";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can, canEditOwned } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { staffPage } from "@/lib/auth/staff-page";

type Props = { params: Promise<{ locale: Locale; id: string; entryId: string }> };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Write one measure's report for the round: narrative (fi/sv/en), status and progress. */
export default async function RoundEntryPage({ params }: Props) {
  const { locale, id, entryId, user, db } = await staffPage(params, "internal.read");
  if (!uuid.test(id) || !uuid.test(entryId)) notFound();
  const round = await getRound(db, id);
  if (!round) notFound();
  const found = await roundEntryForPage(db, round.id, entryId, round.previousRoundId);
  if (!found) notFound();
  const { entry, measure, contactIds, previousNarrative } = found;
  const t = await getTranslations("strategyRounds");
  const writable = round.state === "open" || (round.state === "closed" && can(user.role, "strategy.manage"));
  const mayEdit = writable && canEditOwned(user, { unitId: measure.unitId, contactIds }, "strategy.manage", "strategy.editOwn");
  return (
    <>
      <Subnav area="strategy" current="rounds" />
      <p className="text-body-s text-muted">
        <Link href="/staff/strategy/rounds">{t("title")}</Link> · <Link href={`/staff/strategy/rounds/${round.id}`}>{pick(round.name, locale)}</Link>
      </p>
      <h1 className="mb-2 text-heading-l font-bold">{pick(measure.title, locale)}</h1>
      <p className="mb-4">
        <Link href={`/staff/strategy/measures/${measure.id}`}>{t("measurePage")}</Link>
        {measure.dueDate ? ` · ${t("due")}: ${formatFlexibleDate(measure.dueDate, measure.duePrecision, locale)}` : null}
      </p>
      {previousNarrative ? (
        <section aria-labelledby="previous-text" className="mb-6 max-w-3xl bg-fog-light p-3">
          <h2 id="previous-text" className="mb-1 font-bold">{t("previousText")}</h2>
          <p className="whitespace-pre-line">{pick(previousNarrative, locale)}</p>
        </section>
      ) : null}
      <p className="mb-4">{entry.writtenAt ? t("writtenOn", { date: formatFlexibleDate(entry.writtenAt.toISOString().slice(0, 10), "day", locale) }) : t("notWrittenYet")}</p>
      {mayEdit ? <RoundEntryForm entry={{ id: entry.id, version: entry.version, narrative: entry.narrative, status: entry.status, progress: entry.progress }} /> : <p>{t(round.state === "published" ? "frozen" : "cannotEdit")}</p>}
    </>
  );
}
