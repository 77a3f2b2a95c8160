import { getTranslations } from "next-intl/server";
import { listRounds, myQuestionnaires } from "@/db/queries/evaluation/staff";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { formatDay } from "@/lib/dates";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";
import { Section } from "@/components/ui/Section";

/**
 * Internal evaluation: the questionnaires waiting for this person, and the
 * rounds — all of them for coordinators, the closed ones' results for other staff.
 */
export default async function EvaluationsPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user, db } = await staffPage(params, "staff.view");
  const t = await getTranslations("evaluation");
  const manage = can(user.role, "evaluation.manage");
  const [mine, rounds] = await Promise.all([myQuestionnaires(db, user.id), can(user.role, "internal.read") ? listRounds(db) : Promise.resolve([])]);
  const visible = manage ? rounds : rounds.filter((r) => r.status === "closed");
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {manage ? (
        <p className="mb-8">
          <Link href="/staff/evaluations/new" className="btn">
            {t("newRound")}
          </Link>
        </p>
      ) : null}
      <Section id="mine-heading" title={t("mineTitle")}>
        {mine.length === 0 ? (
          <p>{t("mineNone")}</p>
        ) : (
          <ul className="flex flex-col gap-3">
            {mine.map((q) => (
              <li key={q.respondentId} className="border-l-4 border-bus pl-3">
                <Link href={`/staff/evaluations/${q.roundId}/answer`} className="font-semibold">
                  {pick(q.name, locale)}
                </Link>
                <span className="block text-body-s">
                  {t(`myStatus.${q.roundStatus === "closed" && q.status !== "submitted" ? "missed" : q.status}`)} ·{" "}
                  {q.roundStatus === "open" ? t("closesOn", { date: formatDay(q.closesOn, locale) }) : t("roundClosed")}
                  {q.anonymous ? ` · ${t("anonymousRound")}` : ""}
                </span>
              </li>
            ))}
          </ul>
        )}
      </Section>
      {can(user.role, "internal.read") ? (
        <Section id="rounds-heading" title={manage ? t("roundsTitle") : t("closedRoundsTitle")} className="">
          {visible.length === 0 ? (
            <p>{t("noRounds")}</p>
          ) : (
            <Table caption={manage ? t("roundsTitle") : t("closedRoundsTitle")} wrapperClassName="overflow-x-auto" head={[t("round"), t("period"), t("status"), { label: t("answered"), numeric: true }]}>
              {visible.map((r) => (
                <tr key={r.id} className="border-b border-line">
                  <th scope="row" className="p-2 font-normal">
                    <Link href={`/staff/evaluations/${r.id}`} className="font-semibold">
                      {pick(r.name, locale)}
                    </Link>
                    {r.anonymous ? <span className="block">{t("anonymousRound")}</span> : null}
                  </th>
                  <td className="p-2">
                    {formatDay(r.opensOn, locale)}–{formatDay(r.closesOn, locale)}
                  </td>
                  <td className="p-2">{t(`roundStatus.${r.status}`)}</td>
                  <td className="p-2 text-right">{t("answeredOf", { submitted: r.submitted, total: r.respondents })}</td>
                </tr>
              ))}
            </Table>
          )}
        </Section>
      ) : null}
    </>
  );
}
