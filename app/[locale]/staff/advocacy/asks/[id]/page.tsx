import { LinkedMeasuresSection } from "@/app/[locale]/staff/links/_components/LinkSections";
import { notFound } from "next/navigation";
import { getTranslations } from "next-intl/server";
import { AskForm } from "@/app/[locale]/staff/advocacy/_components/AskForm";
import { AdvocacyItemPage, loadItemPage } from "@/app/[locale]/staff/advocacy/_components/ItemPage";
import { getAsk } from "@/db/queries/advocacy/staff";
import { askFields } from "@/lib/advocacy/kinds";
import { mayEdit } from "@/lib/advocacy/workflow";
import { pickFields } from "@/lib/pick-fields";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/auth/staff-page";

/** One government-programme ask: wording, outcome with evidence, review state, history. */
export default async function AskPage({ params, searchParams }: { params: Promise<{ locale: Locale; id: string }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, id, user, db } = await staffPage(params, "internal.read", ["id"]);
  const a = await getAsk(db, id);
  if (!a) notFound();
  const sp = await searchParams;
  const loaded = await loadItemPage(db, user, locale, "ask", a, sp);
  const { priority, options, canPublish } = loaded;
  const t = await getTranslations("advocacyAsks");
  const tAdv = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tOutcome = await getTranslations("askOutcomes");
  const canEdit = !a.archivedAt && mayEdit(user, { unitId: priority?.unitId ?? null });
  return (
    <AdvocacyItemPage
      loaded={loaded}
      names={Object.fromEntries(options.allPriorities.map((p) => [p.id, pick(p.title, locale)]))}
      crumbs={[{ label: tAdv("title"), href: "/staff/advocacy" }, { label: t("title"), href: "/staff/advocacy/asks" }, { label: t("ask", { year: a.programmeYear }) }]}
      heading={t("ask", { year: a.programmeYear })}
      title={pick(a.wording, locale)}
      archived={a.archivedAt ? tAdv("archived") : null}
      facts={[
        { label: tf("priorityId"), value: priority ? <Link href={`/staff/advocacy/priorities/${priority.id}`}>{pick(priority.title, locale)}</Link> : "–" },
        { label: tf("justification"), value: a.justification ? pick(a.justification, locale) : "–", multiline: true },
        { label: tf("target"), value: a.target ? pick(a.target, locale) : "–" },
        { label: tf("outcome"), value: tOutcome(a.outcome) },
        {
          label: tf("evidence"),
          value: (
            <>
              {a.evidence ? <q>{pick(a.evidence, locale)}</q> : "–"}
              {a.evidenceRef ? ` (${a.evidenceRef})` : ""}
            </>
          ),
          multiline: true,
        },
        { label: tf("internalNotes"), value: a.internalNotes ?? "–", multiline: true },
      ]}
      review={{ canPublish: canPublish && !a.archivedAt, publicNote: a.visibility === "internal" ? tAdv("internalNote") : t("publicNote") }}
      edit={
        canEdit
          ? {
              title: tAdv("edit"),
              form: (
                <AskForm
                  ask={{ id: a.id, version: a.version, ...pickFields(a, askFields) }}
                  priorities={options.priorities}
                  canPublish={canPublish}
                />
              ),
              archive: { version: a.version, allowed: !a.published || canPublish, backHref: "/staff/advocacy/asks" },
            }
          : null
      }
    >
      <LinkedMeasuresSection kind="governmentAsk" targetId={a.id} version={a.version} canEdit={canEdit} locale={locale} />
    </AdvocacyItemPage>
  );
}
