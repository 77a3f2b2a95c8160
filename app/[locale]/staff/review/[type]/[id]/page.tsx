import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { FieldComparison, MissingTranslations } from "@/components/review/FieldComparison";
import { ReviewDecision } from "@/app/[locale]/staff/review/_components/ReviewDecision";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { reviewSource } from "@/lib/review/sources";
import { staffPage } from "@/lib/auth/staff-page";
import { DetailPage } from "@/components/ui/DetailPage";

/** One item under review: the draft beside the published version, missing translations, the decision. */
export default async function ReviewItemPage({ params }: { params: Promise<{ locale: Locale; type: string; id: string }> }) {
  const { locale, type, id, db } = await staffPage(params, "content.publish");
  const source = reviewSource(type);
  if (!source || !/^[0-9a-f-]{36}$/i.test(id)) notFound();
  const detail = await source.detail(db, id, locale);
  if (!detail) notFound();
  const t = await getTranslations("review");
  const tStaff = await getTranslations("staff");
  const f = await getFormatter();
  return (
    <DetailPage crumbs={[{ label: t("title"), href: "/staff/review" }, { label: detail.typeLabel }]} kind={detail.typeLabel} title={detail.title}>
      <p className="mb-2">
        {tStaff(detail.state)}
        {detail.by ? ` · ${t("savedByAt", { name: detail.by, at: detail.at })}` : ` · ${f.dateTime(detail.at, { dateStyle: "short", timeStyle: "short" })}`}
      </p>
      <p className="mb-6 flex flex-wrap gap-4">
        <Link href={detail.editHref}>{t("openItem")}</Link>
        {detail.publicHref && !detail.firstPublication ? <Link href={detail.publicHref}>{t("openPublic")}</Link> : null}
      </p>
      {detail.comment && detail.state === "returned" ? (
        <div className="mb-6 border-l-4 border-alert-dark bg-alert-light p-3">
          <p className="font-semibold">{t("returnComment")}</p>
          <p className="whitespace-pre-line">{detail.comment}</p>
        </div>
      ) : null}
      <section aria-labelledby="comparison-heading" className="mb-8">
        <h2 id="comparison-heading" className="mb-3 text-heading-s font-bold">{t("comparisonTitle")}</h2>
        {detail.internalOnly ? <p className="mb-3 border-l-4 border-bus bg-bus-light p-3">{t("internalOnly")}</p> : null}
        <FieldComparison rows={detail.rows} caption={t("comparisonTitle")} firstPublication={detail.firstPublication} />
      </section>
      <section aria-labelledby="translations-heading" className="mb-8">
        <h2 id="translations-heading" className="mb-3 text-heading-s font-bold">{t("translationsTitle")}</h2>
        <MissingTranslations items={detail.missingTranslations} />
      </section>
      <section aria-labelledby="decision-heading">
        <h2 id="decision-heading" className="mb-3 text-heading-s font-bold">{t("decisionTitle")}</h2>
        <ReviewDecision type={detail.type} id={detail.id} version={detail.version} canPublish={detail.missingTranslations.length === 0} />
      </section>
    </DetailPage>
  );
}
