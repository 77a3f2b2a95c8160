import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { RoundStateButton } from "@/app/[locale]/staff/strategy/rounds/_components/RoundForms";
import { Subnav } from "@/components/ui/Subnav";
import { Pager } from "@/components/ui/Pager";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { getRound, roundEntriesPage, roundProgress } from "@/db/queries/strategy/rounds";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { plainQuery, requestedPage } from "@/lib/paging";
import { can, canAny, canEditOwned } from "@/lib/permissions";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";

type Props = { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> };
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A round: what is written and what is missing (filtered and paged in SQL), and the coordinator's close / publish. */
export default async function RoundPage({ params, searchParams }: Props) {
  const { locale, id, user, db } = await staffPage(params, "internal.read");
  if (!uuid.test(id)) notFound();
  const round = await getRound(db, id);
  if (!round) notFound();
  const query = await searchParams;
  const q = plainQuery(query);
  const missing = q.missing === "1";
  // Editors see their own measures first; "all" shows the whole round.
  const mine = q.mine ? q.mine === "1" : !can(user.role, "strategy.manage");
  const [page, progress] = await Promise.all([roundEntriesPage(db, id, { missing, mine, page: requestedPage(query.page) }, user), roundProgress(db, id)]);
  const t = await getTranslations("strategyRounds");
  const tStatus = await getTranslations("status");
  const tImport = await getTranslations("measureImport");
  const manager = can(user.role, "strategy.manage");
  const writable = round.state === "open" || (round.state === "closed" && manager);
  const filterLink = (changes: Record<string, string>) => `/staff/strategy/rounds/${id}?${new URLSearchParams({ ...q, ...changes, page: "1" }).toString()}`;
  return (
    <>
      <Subnav area="strategy" current="rounds" />
      <p className="text-body-s text-muted">
        <Link href="/staff/strategy/rounds">{t("title")}</Link>
      </p>
      <h1 className="mb-2 text-heading-l font-bold">{pick(round.name, locale)}</h1>
      <dl className="mb-4 grid gap-x-6 gap-y-1 sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{t("cutOff")}</dt>
        <dd>{formatFlexibleDate(round.cutOffDate, "day", locale)}</dd>
        <dt className="font-semibold">{t("state")}</dt>
        <dd>{t(`states.${round.state}`)}</dd>
        <dt className="font-semibold">{t("writtenCount")}</dt>
        <dd>
          {t("writtenOf", { written: progress.written, total: progress.total })}
          {progress.missing ? ` · ${t("missingCount", { count: progress.missing })}` : null}
        </dd>
      </dl>
      {round.state === "open" && canAny(user.role, ["strategy.manage", "strategy.editOwn"]) ? (
        <p className="mb-4">
          <Link href={`/staff/strategy/rounds/${id}/import`}>{tImport("link")}</Link>
        </p>
      ) : null}
      {round.state === "published" ? (
        <p className="mb-4">
          <Link href={`/reports/${round.id}`}>{t("publicReport")}</Link>
        </p>
      ) : null}
      {manager ? (
        <div className="mb-6 flex flex-wrap gap-3">
          {round.state === "open" ? <RoundStateButton id={round.id} version={round.version} kind="close" /> : null}
          {round.state === "closed" ? <RoundStateButton id={round.id} version={round.version} kind="reopen" /> : null}
          {round.state === "closed" && can(user.role, "content.publish") ? <RoundStateButton id={round.id} version={round.version} kind="publish" /> : null}
        </div>
      ) : null}
      <nav aria-label={t("filters")} className="mb-3 flex flex-wrap gap-x-5 gap-y-1">
        <Link href={filterLink({ missing: missing ? "0" : "1" })}>{missing ? t("showAll") : t("showMissing")}</Link>
        <Link href={filterLink({ mine: mine ? "0" : "1" })}>{mine ? t("showEveryones") : t("showMine")}</Link>
      </nav>
      <h2 className="mb-2 text-heading-m font-bold">{missing ? t("missingTitle") : t("entriesTitle")}</h2>
      {page.rows.length === 0 ? (
        <p>{missing ? t("nothingMissing") : t("noEntries")}</p>
      ) : (
        <Table caption={t("entriesTitle")} head={[t("measure"), t("unit"), t("status"), t("progress"), t("written")]}>
          {page.rows.map((e) => {
            const mayEdit = writable && canEditOwned(user, { unitId: e.unitId, contactIds: e.contactIds }, "strategy.manage", "strategy.editOwn");
            return (
              <tr key={e.id} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">
                  {mayEdit ? <Link href={`/staff/strategy/rounds/${id}/entries/${e.id}`}>{pick(e.title, locale)}</Link> : pick(e.title, locale)}
                </th>
                <td className="p-2">{e.unitName ? pick(e.unitName, locale) : "–"}</td>
                <td className="p-2"><StatusBadge status={e.status} label={tStatus(e.status)} /></td>
                <td className="p-2">{e.progress} %</td>
                <td className="p-2">{e.writtenAt ? formatFlexibleDate(e.writtenAt.toISOString().slice(0, 10), "day", locale) : <strong>{t("notWritten")}</strong>}</td>
              </tr>
            );
          })}
        </Table>
      )}
      <Pager path={`/staff/strategy/rounds/${id}`} query={q} page={page.page} pages={page.pages} total={page.total} from={page.from} to={page.to} />
    </>
  );
}
