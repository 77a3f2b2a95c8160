import { getTranslations } from "next-intl/server";
import { RoundForm } from "@/app/[locale]/staff/evaluations/_components/RoundForm";
import { env } from "@/lib/env";
import { roundFormOptions } from "@/lib/evaluation/options";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { staffPage } from "@/lib/auth/staff-page";

export default async function NewRoundPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, db } = await staffPage(params, "evaluation.manage");
  const t = await getTranslations("evaluation");
  const tRoles = await getTranslations("roles");
  const options = await roundFormOptions(db, locale, (r) => (tRoles.has(r) ? tRoles(r) : r));
  return (
    <>
      <nav aria-label={t("breadcrumbs")} className="mb-4 text-body-s">
        <Link href="/staff/evaluations">{t("title")}</Link> › <span aria-current="page">{t("newRound")}</span>
      </nav>
      <h1 className="mb-6 text-heading-l font-bold">{t("newRound")}</h1>
      <RoundForm periods={options.periods} priorities={options.priorities} people={options.people} defaultMinAnswers={env().EVALUATION_MIN_ANSWERS} />
    </>
  );
}
