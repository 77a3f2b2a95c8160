import { notFound } from "next/navigation";
import { getFormatter, getTranslations } from "next-intl/server";
import { Questionnaire } from "@/app/[locale]/staff/evaluations/_components/Questionnaire";
import { getQuestionnaire, getRound, roundQuestions } from "@/db/queries/evaluation/staff";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";

/**
 * The signed-in person's own questionnaire in a round. Nobody else's answers
 * are ever read here; someone who was not asked gets "not found".
 */
export default async function AnswerPage({ params }: { params: Promise<{ locale: Locale; roundId: string }> }) {
  const { locale, roundId, user, db } = await staffPage(params, "evaluation.answer", ["roundId"]);
  const [round, mine] = await Promise.all([getRound(db, roundId), getQuestionnaire(db, roundId, user.id)]);
  if (!round || !mine || round.status === "draft") notFound();
  const questions = await roundQuestions(db, roundId);
  const t = await getTranslations("evaluationAnswer");
  const tEval = await getTranslations("evaluation");
  const f = await getFormatter();
  const answers = Object.fromEntries([...mine.answers].map(([id, a]) => [id, { score: a.score, needs: a.needs }]));
  const submitted = mine.respondent.status === "submitted";
  return (
    <>
      <nav aria-label={tEval("breadcrumbs")} className="mb-4 text-body-s">
        <Link href="/staff/evaluations">{tEval("title")}</Link> › <span aria-current="page">{pick(round.name, locale)}</span>
      </nav>
      <h1 className="mb-2 text-heading-l font-bold">{pick(round.name, locale)}</h1>
      <p className="mb-2">{round.status === "open" ? tEval("closesOn", { date: formatDay(round.closesOn, locale) }) : tEval("roundClosed")}</p>
      <p className="mb-6 max-w-3xl">{round.anonymous ? t("anonymousIntro") : t("namedIntro")}</p>
      {submitted ? (
        <>
          <p className="mb-6 border-l-4 border-success bg-success-light p-3 font-semibold">
            {t("alreadySubmitted", { at: f.dateTime(mine.respondent.submittedAt ?? new Date(), { dateStyle: "short", timeStyle: "short" }) })}
          </p>
          <h2 className="mb-3 text-heading-m font-bold">{t("yourAnswers")}</h2>
          <dl className="flex max-w-3xl flex-col gap-3">
            {questions.map((q) => {
              const a = mine.answers.get(q.id);
              return (
                <div key={q.id} className="border-l-4 border-silver pl-3">
                  <dt className="font-semibold">{pick(q.title, locale)}</dt>
                  <dd>
                    {t("scoreIs", { score: a?.score ?? "–" })}
                    {a?.needs ? <span className="block whitespace-pre-line">{a.needs}</span> : null}
                  </dd>
                </div>
              );
            })}
          </dl>
        </>
      ) : round.status !== "open" ? (
        <p className="border-l-4 border-error bg-error-light p-3 font-semibold">{t("closedNotAnswered")}</p>
      ) : (
        <Questionnaire
          respondentId={mine.respondent.id}
          version={mine.respondent.version}
          questions={questions.map((q) => ({ id: q.id, title: pick(q.title, locale), goal: pick(q.goalTitle, locale) }))}
          answers={answers}
        />
      )}
    </>
  );
}
