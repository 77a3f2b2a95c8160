import { getTranslations } from "next-intl/server";
import { HistoryList, type HistoryPaging } from "@/components/history/HistoryList";
import { DetailPage } from "@/components/ui/DetailPage";
import type { AuditEntry } from "@/db/schema";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { ActionResult } from "@/lib/actions/result";
import { can, type Actor } from "@/lib/permissions";
import { strategyHistoryFormat } from "@/lib/strategy/history-format";
import { ArchiveSection } from "./ArchiveSection";
import { Subnav } from "@/components/ui/Subnav";
import { Section } from "@/components/ui/Section";

/** A period's, goal's or priority's staff page in the shared detail frame (`DetailPage`): heading, state, the form, archiving, history. */
export async function StructureItemPage({
  locale,
  kind,
  item,
  user,
  title,
  publicHref,
  archive,
  history,
  historyPaging,
  names = {},
  children,
}: {
  locale: Locale;
  /** The review type: names the kind of item and its review page (`/staff/review/<kind>/<id>`). */
  kind: "period" | "goal" | "priority" | "indicator";
  item: { id: string; version: number; reviewState: string };
  user: Actor;
  title: string;
  publicHref?: string;
  archive: (prev: unknown, input: FormData) => Promise<ActionResult<unknown>>;
  /** One page of the history, newest first (`pageHistory`). */
  history: AuditEntry[];
  historyPaging: HistoryPaging;
  names?: Record<string, string>;
  children: React.ReactNode;
}) {
  const canManage = can(user.role, "strategy.manage");
  const canPublish = can(user.role, "content.publish");
  const { reviewState } = item;
  const tTypes = await getTranslations("reviewTypes");
  const t = await getTranslations("structurePage");
  const tStaff = await getTranslations("staff");
  const { fieldLabels, format, prepare } = await strategyHistoryFormat(locale);
  return (
    <>
      <Subnav area="strategy" current="tree" />
      <DetailPage
        kind={tTypes(kind)}
        title={title}
        status={
          <p className="mb-6 flex flex-wrap gap-4">
            <span>
              {tStaff("reviewState")}: {tStaff(reviewState)}
            </span>
            {canPublish && reviewState !== "published" ? <Link href={`/staff/review/${kind}/${item.id}`}>{t("toReview")}</Link> : null}
            {publicHref ? <Link href={publicHref}>{t("publicPage")}</Link> : null}
          </p>
        }
        history={<HistoryList entries={prepare(history)} paging={historyPaging} fieldLabels={fieldLabels} names={names} format={format} />}
      >
        <Section id="form-heading" title={canManage ? t("edit") : t("details")}>
          {children}
        </Section>
        {canManage ? <ArchiveSection action={archive} item={item} messages="structurePage" /> : null}
      </DetailPage>
    </>
  );
}
