import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { archiveAdvocacyItem } from "@/app/[locale]/staff/advocacy/actions";
import { ReviewStatus } from "@/components/advocacy/ReviewStatus";
import { HistoryList, historyPaging } from "@/components/history/HistoryList";
import { DetailPage, type StaffCrumb } from "@/components/ui/DetailPage";
import { Facts, type Fact } from "@/components/ui/Facts";
import { Section } from "@/components/ui/Section";
import { ConfirmActionButton } from "@/components/ui/form/ConfirmActionButton";
import type { Db } from "@/db/client";
import { priorityHeading } from "@/db/queries/advocacy/staff";
import { pageHistory } from "@/db/queries/audit";
import { advocacyHistoryFormat } from "@/lib/advocacy/history-format";
import { entityType, itemPath, type AdvocacyKind } from "@/lib/advocacy/kinds";
import { advocacyFormOptions } from "@/lib/advocacy/options";
import { nameLinkEntries } from "@/lib/links/history";
import type { Locale } from "@/lib/i18n/routing";
import { requestedPage } from "@/lib/paging";
import { staffPage } from "@/lib/auth/staff-page";
import { can, type Actor } from "@/lib/permissions";

type Query = Record<string, string | string[] | undefined>;

/** What the three advocacy item pages (plan, action, ask) have: where it stands in review. */
type ReviewedItem = { id: string; priorityId: string; reviewState: string; reviewComment: string | null; publishedAt: Date | null };

/**
 * What an advocacy item's page reads besides the item: a page of its history
 * with the labels to show it, and whether the reader may publish; with the
 * page's address and query for the history's pager.
 */
export async function loadItemHistory(db: Db, user: Actor, locale: Locale, kind: AdvocacyKind, item: ReviewedItem, searchParams: Query) {
  const [history, historyFormat] = await Promise.all([
    pageHistory(db, [{ entityType: entityType[kind], entityIds: [item.id] }], { page: requestedPage(searchParams.historyPage) }),
    advocacyHistoryFormat(locale),
  ]);
  return { db, locale, kind, item, path: itemPath(kind, item.id, item.priorityId), searchParams, history, historyFormat, canPublish: can(user.role, "content.publish") };
}

/** An action's or an ask's page reads also its priority (heading and edit right) and the form's choices. */
export async function loadItemPage(db: Db, user: Actor, locale: Locale, kind: AdvocacyKind, item: ReviewedItem, searchParams: Query) {
  const [priority, options, rest] = await Promise.all([
    priorityHeading(db, item.priorityId),
    advocacyFormOptions(db, user, locale, item.priorityId),
    loadItemHistory(db, user, locale, kind, item, searchParams),
  ]);
  return { priority, options, ...rest };
}

type Loaded = Awaited<ReturnType<typeof loadItemHistory>>;

/**
 * The one page of an advocacy item (a plan, an action, an ask) in the staff
 * detail frame: trail and title, a `notice` (e.g. overdue), its `facts`, its
 * review state, the edit section (the `form` and, for an item not yet
 * published or for a publisher, archiving), the page's own sections
 * (`children`: documents, linked measures) and its history last.
 */
export async function AdvocacyItemPage({
  loaded,
  names,
  crumbs,
  heading,
  title,
  archived,
  notice,
  facts,
  review,
  edit,
  children,
}: {
  /** The item and what `loadItemHistory` read; null: a priority without a plan yet (nothing to review, no history). */
  loaded: Loaded | null;
  /** Ids in the history's values shown as names (priorities, people). */
  names?: Record<string, string>;
  crumbs: StaffCrumb[];
  heading: ReactNode;
  title: ReactNode;
  archived?: ReactNode;
  notice?: ReactNode;
  facts?: (Fact | false | null)[];
  /** The review state's note on what the public sees, and whether publishing is offered here; `empty` where there is no item yet. */
  review: { publicNote?: string; canPublish: boolean; empty?: ReactNode };
  /** The edit section: its heading id and title, the form, and the archive button's item (version, may it be archived, where to go after). */
  edit: { id?: string; title: ReactNode; form: ReactNode; archive?: { version: number; allowed: boolean; backHref: string } } | null;
  children?: ReactNode;
}) {
  const item = loaded?.item;
  const tForm = await getTranslations("advocacyForm");
  const { fieldLabels, format } = loaded?.historyFormat ?? { fieldLabels: {}, format: undefined };
  return (
    <DetailPage
      crumbs={crumbs}
      kind={heading}
      title={title}
      archived={archived}
      history={
        loaded ? (
          <HistoryList
            entries={await nameLinkEntries(loaded.db, loaded.history.rows, loaded.locale)}
            paging={historyPaging(loaded.history, loaded.path, loaded.searchParams)}
            fieldLabels={fieldLabels}
            names={names}
            format={format}
          />
        ) : null
      }
    >
      {notice}
      {facts ? <Facts rows={facts} /> : null}
      {loaded && item ? (
        <ReviewStatus
          reviewType={entityType[loaded.kind]}
          id={item.id}
          state={item.reviewState}
          comment={item.reviewComment}
          publishedAt={item.publishedAt}
          canPublish={review.canPublish}
          publicNote={review.publicNote}
        />
      ) : (
        review.empty
      )}
      {edit ? (
        <Section id={edit.id ?? "edit-heading"} title={edit.title} className="mb-8">
          {edit.form}
          {loaded && item && edit.archive?.allowed ? (
            <div className="mt-6">
              {/* Archive (never delete), asking first; back to where the item was listed. */}
              <ConfirmActionButton
                action={archiveAdvocacyItem}
                fields={{ kind: loaded.kind }}
                id={item.id}
                version={edit.archive.version}
                redirectTo={edit.archive.backHref}
                label={tForm("archive")}
                question={tForm("archiveConfirm")}
              />
            </div>
          ) : null}
        </Section>
      ) : null}
      {children}
    </DetailPage>
  );
}


/** The opening of a page that records a new advocacy item: the staff page (for those who may record) and the form's choices. */
export async function loadNewItemPage(params: Promise<{ locale: Locale }>) {
  const page = await staffPage(params, "advocacy.editOwn");
  return { ...page, options: await advocacyFormOptions(page.db, page.user, page.locale) };
}

/**
 * The page that records a new advocacy item: trail (Advocacy › `crumbs` ›
 * `title`), the title and the form — or, for someone whose unit has no
 * priority, why there is no form.
 */
export async function NewItemPage({ crumbs = [], title, hasPriorities, children }: { crumbs?: StaffCrumb[]; title: string; hasPriorities: boolean; children: ReactNode }) {
  const t = await getTranslations("advocacy");
  return (
    <DetailPage crumbs={[{ label: t("title"), href: "/staff/advocacy" }, ...crumbs, { label: title }]} title={title}>
      {hasPriorities ? children : <p>{t("noOwnPriorities")}</p>}
    </DetailPage>
  );
}
