import { notFound } from "next/navigation";
import { LinkedMeasuresSection } from "@/app/[locale]/staff/links/_components/LinkSections";
import { getTranslations } from "next-intl/server";
import { RoundForm } from "@/app/[locale]/staff/evaluations/_components/RoundForm";
import { RoundResults } from "@/components/evaluation/RoundResults";
import { RoundSteps } from "@/app/[locale]/staff/evaluations/_components/RoundSteps";
import { closedRoundHistory, resultsGate, roundResults, type RoundPoint } from "@/db/queries/evaluation/results";
import { getRound, roundQuestions, roundRespondents } from "@/db/queries/evaluation/staff";
import { roundFormOptions } from "@/lib/evaluation/options";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { env } from "@/lib/env";
import { can } from "@/lib/permissions";
import { formatDay } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";
import { DetailPage } from "@/components/ui/DetailPage";
import { Section } from "@/components/ui/Section";

/**
 * One evaluation round. Coordinators prepare, open and close it, follow who
 * has answered and read the results with the development needs; other staff
 * see the figures once the round is closed.
 */
export default async function RoundPage({ params }: { params: Promise<{ locale: Locale; roundId: string }> }) {
  const { locale, roundId, user, db } = await staffPage(params, "internal.read", ["roundId"]);
  const round = await getRound(db, roundId);
  if (!round) notFound();
  const manage = can(user.role, "evaluation.manage");
  if (!manage && round.status === "draft") notFound();
  const t = await getTranslations("evaluation");
  const tRoles = await getTranslations("roles");
  const questions = await roundQuestions(db, roundId);
  const titles = new Map(questions.map((q) => [q.priorityId, pick(q.title, locale)]));
  const gate = (await resultsGate(db, roundId))!;
  // Results and who has answered: once closed, or (coordinators) once enough have answered.
  const showResults = (manage || round.status === "closed") && gate.visible;
  const [results, history, respondents, options] = await Promise.all([
    showResults ? roundResults(db, roundId, { freeTexts: manage }) : Promise.resolve([]),
    showResults ? closedRoundHistory(db, questions.map((q) => q.priorityId)) : Promise.resolve(new Map<string, RoundPoint[]>()),
    manage ? roundRespondents(db, roundId) : Promise.resolve([]),
    manage && round.status !== "closed" ? roundFormOptions(db, locale, (r) => (tRoles.has(r) ? tRoles(r) : r)) : Promise.resolve(null),
  ]);
  // Compare with rounds closed before this one (not with itself or later ones).
  const before = new Map(
    [...history].map(([id, points]) => [id, points.filter((p) => p.roundId !== round.id && (!round.closedAt || p.closedAt < round.closedAt))]),
  );
  const submitted = gate.submitted;
  return (
    <DetailPage crumbs={[{ label: t("title"), href: "/staff/evaluations" }, { label: pick(round.name, locale) }]} title={pick(round.name, locale)}>
      <p className="mb-1">
        {t(`roundStatus.${round.status}`)} · {formatDay(round.opensOn, locale)}–{formatDay(round.closesOn, locale)}
        {round.anonymous ? ` · ${t("anonymousRound")}` : ` · ${t("namedRound")}`}
      </p>
      {manage ? <p className="mb-6">{t("answeredOf", { submitted, total: respondents.length })}</p> : <div className="mb-6" />}

      {manage ? (
        <section aria-labelledby="steps-heading" className="mb-8">
          <h2 id="steps-heading" className={round.status === "closed" ? "sr-only" : "mb-3 text-heading-m font-bold"}>
            {round.status === "draft" ? t("openTitle") : round.status === "open" ? t("closeTitle") : t("roundStatus.closed")}
          </h2>
          <RoundSteps id={round.id} version={round.version} status={round.status} />
        </section>
      ) : null}

      {showResults ? (
        <Section id="results-heading" title={round.status === "closed" ? t("resultsTitle") : t("resultsSoFar")}>
          <RoundResults results={results} titles={titles} previous={before} locale={locale} anonymous={round.anonymous} showFreeTexts={manage} />
          {can(user.role, "export.read") && (manage || round.status === "closed") ? (
            <p className="mt-4">
              <a href={`/${locale}/staff/evaluations/${round.id}/results.csv`} download>
                {t("export")}
              </a>
            </p>
          ) : null}
        </Section>
      ) : (
        <p className="mb-10 border-l-4 border-bus bg-bus-light p-3">
          {manage && round.status !== "closed" ? t("resultsHidden", { minimum: gate.minimum, submitted: gate.submitted }) : t("resultsWhenClosed")}
        </p>
      )}

      {manage ? (
        <Section id="respondents-heading" title={t("respondentsTitle")}>
          <p className="field-hint mb-2">{t("respondentsExplained")}</p>
          <Table caption={t("respondentsTitle")} className="w-full max-w-3xl border-collapse text-left text-body-s" head={[t("respondent"), t("role"), t("status")]}>
            {respondents.map((r) => (
              <tr key={r.userId} className="border-b border-line">
                <th scope="row" className="p-2 font-normal">{r.name}</th>
                <td className="p-2">{r.role ? tRoles(r.role) : "–"}</td>
                <td className="p-2">{r.status ? t(`respondentStatus.${r.status}`) : t("respondentStatus.hidden")}</td>
              </tr>
            ))}
          </Table>
        </Section>
      ) : null}

      {manage ? <LinkedMeasuresSection kind="evaluationRound" targetId={round.id} version={round.version} canEdit={manage} locale={locale} /> : null}

      {options ? (
        <Section id="edit-heading" title={t("editRound")}>
          <RoundForm
            round={{
              id: round.id,
              version: round.version,
              status: round.status,
              name: round.name,
              periodId: round.periodId,
              opensOn: round.opensOn,
              closesOn: round.closesOn,
              anonymous: round.anonymous,
              minAnswers: round.minAnswers,
              priorityIds: questions.map((q) => q.priorityId),
              respondentIds: respondents.map((r) => r.userId),
            }}
            periods={options.periods}
            priorities={options.priorities}
            people={options.people}
            defaultMinAnswers={env().EVALUATION_MIN_ANSWERS}
          />
        </Section>
      ) : null}
    </DetailPage>
  );
}
