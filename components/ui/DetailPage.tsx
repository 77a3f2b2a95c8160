import type { ReactNode } from "react";
import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** One step of a staff page's trail; the last one is the page itself (no link). */
export type StaffCrumb = { label: ReactNode; href?: string };

/**
 * The one frame of a staff detail page (an action, an ask, a measure, a
 * network, an EU project, a round, a period, a goal, a priority):
 *
 * 1. where it sits — `crumbs` (Area › List › this item) or a `back` link;
 * 2. the title, with the kind of item above it (`kind`) and `titleExtra`
 *    beside it (an acronym);
 * 3. an "archived" notice when `archived` is given;
 * 4. its state — `status` (review state, badges, dates);
 * 5. the page's own content — `children` (facts, forms, actions, sections);
 * 6. its change history — `history` (a `HistoryList`), always last.
 *
 * A new area's detail page starts from this frame and fills the slots.
 */
export async function DetailPage({
  crumbs,
  back,
  kind,
  title,
  titleExtra,
  archived,
  status,
  children,
  history,
}: {
  crumbs?: StaffCrumb[];
  back?: { href: string; label: ReactNode };
  kind?: ReactNode;
  title: ReactNode;
  titleExtra?: ReactNode;
  archived?: ReactNode;
  status?: ReactNode;
  children?: ReactNode;
  history?: ReactNode;
}) {
  const t = await getTranslations("nav");
  return (
    <>
      {crumbs?.length ? (
        <nav aria-label={t("breadcrumbs")} className="mb-4 text-body-s">
          {crumbs.map((c, i) => {
            const last = i === crumbs.length - 1;
            return (
              <span key={i}>
                {last || !c.href ? <span aria-current={last ? "page" : undefined}>{c.label}</span> : <Link href={c.href}>{c.label}</Link>}
                {last ? null : " › "}
              </span>
            );
          })}
        </nav>
      ) : null}
      {back ? (
        <p className="mb-2">
          <Link href={back.href}>{back.label}</Link>
        </p>
      ) : null}
      <h1 className="mb-3 text-heading-l font-bold">
        {kind ? <span className="block text-body-m font-normal text-muted">{kind}</span> : null}
        {title}
        {titleExtra}
      </h1>
      {archived ? <p className="mb-4 border-l-4 border-silver bg-silver-light p-3 font-semibold">{archived}</p> : null}
      {status}
      {children}
      {history}
    </>
  );
}
