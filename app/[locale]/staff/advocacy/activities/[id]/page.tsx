import { StaffDocuments } from "@/app/[locale]/staff/documents/_components/StaffDocuments";
import { notFound } from "next/navigation";
import { LinkedMeasuresSection } from "@/app/[locale]/staff/links/_components/LinkSections";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/app/[locale]/staff/advocacy/_components/ActivityForm";
import { ArchiveItemButton } from "@/app/[locale]/staff/advocacy/_components/ArchiveItemButton";
import { ReviewStatus } from "@/components/advocacy/ReviewStatus";
import { HistoryList, historyPaging } from "@/components/history/HistoryList";
import { nameLinkEntries } from "@/lib/links/history";
import { getActivity, priorityHeading, userNames } from "@/db/queries/advocacy/staff";
import { pageHistory } from "@/db/queries/audit";
import { requestedPage } from "@/lib/paging";
import { advocacyHistoryFormat } from "@/lib/advocacy/history-format";
import { linksToText } from "@/lib/advocacy/input";
import { advocacyFormOptions } from "@/lib/advocacy/options";
import { mayEdit } from "@/lib/advocacy/workflow";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { formatDay, todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { DetailPage } from "@/components/ui/DetailPage";

/** One advocacy action: its details, its form for those who may edit it, review state and history. */
export default async function ActivityPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const a = await getActivity(db, id);
  if (!a) notFound();
  const [priority, history, options] = await Promise.all([
    priorityHeading(db, a.priorityId),
    pageHistory(db, [{ entityType: "advocacy_activity", entityIds: [id] }], { page: requestedPage((await searchParams).historyPage) }),
    advocacyFormOptions(db, user, locale, a.priorityId),
  ]);
  const t = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tType = await getTranslations("advocacyTypes");
  const people = await userNames(db, a.responsibleUserId ? [a.responsibleUserId] : []);
  const canEdit = !a.archivedAt && mayEdit(user, { unitId: priority?.unitId ?? null, contactIds: a.responsibleUserId ? [a.responsibleUserId] : [] });
  const canPublish = can(user.role, "content.publish");
  const today = todayInHelsinki();
  const overdue = a.type === "statement" && !a.date && !a.declined && !!a.deadline && a.deadline < today;
  const { fieldLabels, format } = await advocacyHistoryFormat(locale);
  const names: Record<string, string> = Object.fromEntries([
    ...options.allPriorities.map((p) => [p.id, pick(p.title, locale)]),
    ...options.people.map((p) => [p.value, p.label]),
  ]);
  return (
    <DetailPage
      crumbs={[{ label: t("title"), href: "/staff/advocacy" }, ...(priority ? [{ label: pick(priority.title, locale), href: `/staff/advocacy/priorities/${priority.id}` }] : []), { label: tType(a.type) }]}
      kind={tType(a.type)}
      title={pick(a.title, locale)}
      archived={a.archivedAt ? t("archived") : null}
      history={<HistoryList entries={await nameLinkEntries(db, history.rows, locale)} paging={historyPaging(history, `/staff/advocacy/activities/${id}`, await searchParams)} fieldLabels={fieldLabels} names={names} format={format} />}
    >
      {overdue ? (
        <p className="mb-4 border-l-4 border-error bg-error-light p-3 font-semibold">{t("overdueNotice", { date: formatDay(a.deadline, locale) })}</p>
      ) : null}
      <dl className="mb-6 grid gap-x-6 gap-y-1 text-body-s sm:grid-cols-[max-content_1fr]">
        <dt className="font-semibold">{tf("priorityId")}</dt>
        <dd>{priority ? pick(priority.title, locale) : "–"}</dd>
        {a.type === "statement" ? (
          <>
            <dt className="font-semibold">{tf("consultation")}</dt>
            <dd>{a.consultation ?? "–"}</dd>
            <dt className="font-semibold">{tf("ministry")}</dt>
            <dd>{a.ministry ?? "–"}</dd>
            <dt className="font-semibold">{tf("deadline")}</dt>
            <dd>{formatDay(a.deadline, locale) || "–"}</dd>
            <dt className="font-semibold">{tf("dateGiven")}</dt>
            <dd>{a.date ? formatDay(a.date, locale) : a.declined ? t("declinedNote") : t("notGiven")}</dd>
          </>
        ) : (
          <>
            <dt className="font-semibold">{tf("date")}</dt>
            <dd>{formatDay(a.date, locale) || "–"}</dd>
          </>
        )}
        <dt className="font-semibold">{tf("summary")}</dt>
        <dd className="whitespace-pre-line">{a.summary ? pick(a.summary, locale) : "–"}</dd>
        <dt className="font-semibold">{tf("audience")}</dt>
        <dd>{a.audience ?? "–"}</dd>
        <dt className="font-semibold">{tf("responsibleUserId")}</dt>
        <dd>{a.responsibleUserId ? (people.get(a.responsibleUserId) ?? "–") : "–"}</dd>
        <dt className="font-semibold">{tf("links")}</dt>
        <dd>
          {a.links.length ? (
            <ul>
              {a.links.map((l) => (
                <li key={l.url}>
                  <a href={l.url} rel="noopener noreferrer" target="_blank">
                    {l.label}
                  </a>
                </li>
              ))}
            </ul>
          ) : (
            "–"
          )}
        </dd>
        <dt className="font-semibold">{tf("outcome")}</dt>
        <dd className="whitespace-pre-line">{a.outcome ? pick(a.outcome, locale) : "–"}</dd>
        <dt className="font-semibold">{tf("internalNotes")}</dt>
        <dd className="whitespace-pre-line">{a.internalNotes ?? "–"}</dd>
      </dl>
      <ReviewStatus
        reviewType="advocacy_activity"
        id={a.id}
        state={a.reviewState}
        comment={a.reviewComment}
        publishedAt={a.publishedAt}
        canPublish={canPublish && !a.archivedAt}
        publicNote={a.visibility === "internal" ? t("internalNote") : a.type === "statement" && !a.date ? t("statementPublicNote") : undefined}
      />
      {canEdit ? (
        <section aria-labelledby="edit-heading" className="mb-8">
          <h2 id="edit-heading" className="mb-3 text-heading-m font-bold">
            {t("edit")}
          </h2>
          <ActivityForm
            activity={{
              id: a.id,
              version: a.version,
              type: a.type,
              priorityId: a.priorityId,
              title: a.title,
              summary: a.summary,
              date: a.date,
              deadline: a.deadline,
              audience: a.audience,
              consultation: a.consultation,
              ministry: a.ministry,
              declined: a.declined,
              responsibleUserId: a.responsibleUserId,
              linksText: linksToText(a.links),
              outcome: a.outcome,
              internalNotes: a.internalNotes,
              visibility: a.visibility,
            }}
            priorities={options.priorities}
            people={options.people}
            canPublish={canPublish}
          />
          {!a.published || canPublish ? (
            <div className="mt-6">
              <ArchiveItemButton kind="activity" id={a.id} version={a.version} backHref="/staff/advocacy" />
            </div>
          ) : null}
        </section>
      ) : null}
      <StaffDocuments parentKind="advocacyActivity" parentId={a.id} actor={user} locale={locale} />
      <LinkedMeasuresSection kind="advocacyActivity" targetId={a.id} version={a.version} canEdit={canEdit} locale={locale} />
    </DetailPage>
  );
}
