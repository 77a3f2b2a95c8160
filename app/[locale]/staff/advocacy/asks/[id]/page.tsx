import { LinkedMeasuresSection } from "@/app/[locale]/staff/links/_components/LinkSections";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { ArchiveItemButton } from "@/app/[locale]/staff/advocacy/_components/ArchiveItemButton";
import { AskForm } from "@/app/[locale]/staff/advocacy/_components/AskForm";
import { ReviewStatus } from "@/components/advocacy/ReviewStatus";
import { HistoryList, historyPaging } from "@/components/history/HistoryList";
import { nameLinkEntries } from "@/lib/links/history";
import { getAsk, priorityHeading } from "@/db/queries/advocacy/staff";
import { pageHistory } from "@/db/queries/audit";
import { requestedPage } from "@/lib/paging";
import { advocacyHistoryFormat } from "@/lib/advocacy/history-format";
import { advocacyFormOptions } from "@/lib/advocacy/options";
import { mayEdit } from "@/lib/advocacy/workflow";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";
import { DetailPage } from "@/components/ui/DetailPage";

/** One government-programme ask: wording, outcome with evidence, review state, history. */
export default async function AskPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const a = await getAsk(db, id);
  if (!a) notFound();
  const [priority, history, options] = await Promise.all([
    priorityHeading(db, a.priorityId),
    pageHistory(db, [{ entityType: "government_ask", entityIds: [id] }], { page: requestedPage((await searchParams).historyPage) }),
    advocacyFormOptions(db, user, locale, a.priorityId),
  ]);
  const t = await getTranslations("advocacyAsks");
  const tAdv = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tOutcome = await getTranslations("askOutcomes");
  const canEdit = !a.archivedAt && mayEdit(user, { unitId: priority?.unitId ?? null });
  const canPublish = can(user.role, "content.publish");
  const { fieldLabels, format } = await advocacyHistoryFormat(locale);
  const names = Object.fromEntries(options.allPriorities.map((p) => [p.id, pick(p.title, locale)]));
  return (
    <DetailPage
      crumbs={[{ label: tAdv("title"), href: "/staff/advocacy" }, { label: t("title"), href: "/staff/advocacy/asks" }, { label: t("ask", { year: a.programmeYear }) }]}
      kind={t("ask", { year: a.programmeYear })}
      title={pick(a.wording, locale)}
      archived={a.archivedAt ? tAdv("archived") : null}
      history={<HistoryList entries={await nameLinkEntries(db, history.rows, locale)} paging={historyPaging(history, `/staff/advocacy/asks/${id}`, await searchParams)} fieldLabels={fieldLabels} names={names} format={format} />}
    >
      <dl className="mb-6 grid gap-x-6 gap-y-1 text-body-s sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{tf("priorityId")}</dt>
        <dd>{priority ? <Link href={`/staff/advocacy/priorities/${priority.id}`}>{pick(priority.title, locale)}</Link> : "–"}</dd>
        <dt className="font-semibold">{tf("justification")}</dt>
        <dd className="whitespace-pre-line">{a.justification ? pick(a.justification, locale) : "–"}</dd>
        <dt className="font-semibold">{tf("target")}</dt>
        <dd>{a.target ? pick(a.target, locale) : "–"}</dd>
        <dt className="font-semibold">{tf("outcome")}</dt>
        <dd>{tOutcome(a.outcome)}</dd>
        <dt className="font-semibold">{tf("evidence")}</dt>
        <dd className="whitespace-pre-line">{a.evidence ? <q>{pick(a.evidence, locale)}</q> : "–"}{a.evidenceRef ? ` (${a.evidenceRef})` : ""}</dd>
        <dt className="font-semibold">{tf("internalNotes")}</dt>
        <dd className="whitespace-pre-line">{a.internalNotes ?? "–"}</dd>
      </dl>
      <ReviewStatus
        reviewType="government_ask"
        id={a.id}
        state={a.reviewState}
        comment={a.reviewComment}
        publishedAt={a.publishedAt}
        canPublish={canPublish && !a.archivedAt}
        publicNote={a.visibility === "internal" ? tAdv("internalNote") : t("publicNote")}
      />
      {canEdit ? (
        <section aria-labelledby="edit-heading" className="mb-8">
          <h2 id="edit-heading" className="mb-3 text-heading-m font-bold">
            {tAdv("edit")}
          </h2>
          <AskForm
            ask={{
              id: a.id,
              version: a.version,
              programmeYear: a.programmeYear,
              priorityId: a.priorityId,
              wording: a.wording,
              justification: a.justification,
              target: a.target,
              outcome: a.outcome,
              evidence: a.evidence,
              evidenceRef: a.evidenceRef,
              internalNotes: a.internalNotes,
              visibility: a.visibility,
            }}
            priorities={options.priorities}
            canPublish={canPublish}
          />
          {!a.published || canPublish ? (
            <div className="mt-6">
              <ArchiveItemButton kind="ask" id={a.id} version={a.version} backHref="/staff/advocacy/asks" />
            </div>
          ) : null}
        </section>
      ) : null}
      <LinkedMeasuresSection kind="governmentAsk" targetId={a.id} version={a.version} canEdit={canEdit} locale={locale} />
    </DetailPage>
  );
}
