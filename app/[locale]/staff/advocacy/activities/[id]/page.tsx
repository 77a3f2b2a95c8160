import { StaffDocuments } from "@/app/[locale]/staff/documents/_components/StaffDocuments";
import { notFound } from "next/navigation";
import { LinkedMeasuresSection } from "@/app/[locale]/staff/links/_components/LinkSections";
import { getTranslations } from "next-intl/server";
import { ActivityForm } from "@/app/[locale]/staff/advocacy/_components/ActivityForm";
import { AdvocacyItemPage, loadItemPage } from "@/app/[locale]/staff/advocacy/_components/ItemPage";
import { getActivity, userNames } from "@/db/queries/advocacy/staff";
import { linksToText } from "@/lib/advocacy/input";
import { activityFields } from "@/lib/advocacy/kinds";
import { mayEdit } from "@/lib/advocacy/workflow";
import { pickFields } from "@/lib/pick-fields";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay, todayInHelsinki } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";

/** One advocacy action: its details, its form for those who may edit it, review state and history. */
export default async function ActivityPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const a = await getActivity(db, id);
  if (!a) notFound();
  const sp = await searchParams;
  const [loaded, people] = await Promise.all([loadItemPage(db, user, locale, "activity", a, sp), userNames(db, a.responsibleUserId ? [a.responsibleUserId] : [])]);
  const { priority, options, canPublish } = loaded;
  const t = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tType = await getTranslations("advocacyTypes");
  const canEdit = !a.archivedAt && mayEdit(user, { unitId: priority?.unitId ?? null, contactIds: a.responsibleUserId ? [a.responsibleUserId] : [] });
  const overdue = a.type === "statement" && !a.date && !a.declined && !!a.deadline && a.deadline < todayInHelsinki();
  const names: Record<string, string> = Object.fromEntries([
    ...options.allPriorities.map((p) => [p.id, pick(p.title, locale)]),
    ...options.people.map((p) => [p.value, p.label]),
  ]);
  const statement = a.type === "statement";
  return (
    <AdvocacyItemPage
      loaded={loaded}
      names={names}
      crumbs={[{ label: t("title"), href: "/staff/advocacy" }, ...(priority ? [{ label: pick(priority.title, locale), href: `/staff/advocacy/priorities/${priority.id}` }] : []), { label: tType(a.type) }]}
      heading={tType(a.type)}
      title={pick(a.title, locale)}
      archived={a.archivedAt ? t("archived") : null}
      notice={overdue ? <p className="mb-4 border-l-4 border-error bg-error-light p-3 font-semibold">{t("overdueNotice", { date: formatDay(a.deadline, locale) })}</p> : null}
      facts={[
        { label: tf("priorityId"), value: priority ? pick(priority.title, locale) : "–" },
        statement && { label: tf("consultation"), value: a.consultation ?? "–" },
        statement && { label: tf("ministry"), value: a.ministry ?? "–" },
        statement && { label: tf("deadline"), value: formatDay(a.deadline, locale) || "–" },
        statement
          ? { label: tf("dateGiven"), value: a.date ? formatDay(a.date, locale) : a.declined ? t("declinedNote") : t("notGiven") }
          : { label: tf("date"), value: formatDay(a.date, locale) || "–" },
        { label: tf("summary"), value: a.summary ? pick(a.summary, locale) : "–", multiline: true },
        { label: tf("audience"), value: a.audience ?? "–" },
        { label: tf("responsibleUserId"), value: a.responsibleUserId ? (people.get(a.responsibleUserId) ?? "–") : "–" },
        {
          label: tf("links"),
          value: a.links.length ? (
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
          ),
        },
        { label: tf("outcome"), value: a.outcome ? pick(a.outcome, locale) : "–", multiline: true },
        { label: tf("internalNotes"), value: a.internalNotes ?? "–", multiline: true },
      ]}
      review={{
        canPublish: canPublish && !a.archivedAt,
        publicNote: a.visibility === "internal" ? t("internalNote") : statement && !a.date ? t("statementPublicNote") : undefined,
      }}
      edit={
        canEdit
          ? {
              title: t("edit"),
              form: (
                <ActivityForm
                  activity={{ id: a.id, version: a.version, ...pickFields(a, activityFields), linksText: linksToText(a.links) }}
                  priorities={options.priorities}
                  people={options.people}
                  canPublish={canPublish}
                />
              ),
              archive: { version: a.version, allowed: !a.published || canPublish, backHref: "/staff/advocacy" },
            }
          : null
      }
    >
      <StaffDocuments parentKind="advocacyActivity" parentId={a.id} actor={user} locale={locale} />
      <LinkedMeasuresSection kind="advocacyActivity" targetId={a.id} version={a.version} canEdit={canEdit} locale={locale} />
    </AdvocacyItemPage>
  );
}
