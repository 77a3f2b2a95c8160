import { getTranslations } from "next-intl/server";
import { ExportLinks } from "@/components/ui/ExportLinks";
import { AdoptionFigures } from "@/components/advocacy/AdoptionFigures";
import { listAsks, listPriorityOptions, listProgrammeYears } from "@/db/queries/advocacy/staff";
import { adoptionByPriority } from "@/lib/advocacy/adoption";
import { askFilters } from "@/lib/advocacy/filters";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can, canAny } from "@/lib/permissions";
import { staffPage } from "@/lib/auth/staff-page";

/** The register of government-programme asks, with their outcomes and adoption rates. */
export default async function AsksPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const filters = askFilters(await searchParams);
  const t = await getTranslations("advocacyAsks");
  const tAdv = await getTranslations("advocacy");
  const tf = await getTranslations("advocacyFields");
  const tOutcome = await getTranslations("askOutcomes");
  const tStaff = await getTranslations("staff");
  const tCommon = await getTranslations("common");
  const [priorities, years, asks] = await Promise.all([listPriorityOptions(db), listProgrammeYears(db), listAsks(db, filters)]);
  // Figures are for the programme chosen (or the latest one), never mixing programmes.
  const year = filters.programmeYear ?? years.find((y) => y <= new Date().getFullYear()) ?? years[0];
  const figureAsks = year ? await listAsks(db, { programmeYear: year, priorityId: filters.priorityId }) : [];
  const { overall, byPriority } = adoptionByPriority(figureAsks);
  const priorityNames = new Map(priorities.map((p) => [p.id, pick(p.title, locale)]));
  const filtered = Object.values(filters).some(Boolean);
  return (
    <>
      <nav aria-label={tAdv("breadcrumbs")} className="mb-4 text-body-s">
        <Link href="/staff/advocacy">{tAdv("title")}</Link> › <span aria-current="page">{t("title")}</span>
      </nav>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <ExportLinks kinds={["asks"]} show={can(user.role, "export.read")} />
      {canAny(user.role, ["advocacy.manage", "advocacy.editOwn"]) ? (
        <p className="mb-8">
          <Link href="/staff/advocacy/asks/new" className="btn">
            {t("new")}
          </Link>
        </p>
      ) : null}
      {year ? (
        <section aria-labelledby="figures-heading" className="mb-10">
          <h2 id="figures-heading" className="mb-3 text-heading-m font-bold">
            {t("figuresTitle", { year })}
          </h2>
          <AdoptionFigures overall={overall} byPriority={byPriority} priorityNames={priorityNames} locale={locale} caption={t("figuresTitle", { year })} />
        </section>
      ) : null}
      <section aria-labelledby="register-heading">
        <h2 id="register-heading" className="mb-3 text-heading-m font-bold">
          {t("registerTitle")}
        </h2>
        <form method="get" className="mb-4 grid items-end gap-3 border-2 border-line p-4 sm:grid-cols-2 lg:grid-cols-4" aria-label={tAdv("filterLabel")}>
          <div>
            <label htmlFor="ask-year" className="field-label">
              {tf("programmeYear")}
            </label>
            <select id="ask-year" name="year" defaultValue={filters.programmeYear ?? ""} className="field-input">
              <option value="">{tCommon("all")}</option>
              {years.map((y) => (
                <option key={y} value={y}>
                  {y}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="ask-priority" className="field-label">
              {tf("priorityId")}
            </label>
            <select id="ask-priority" name="priority" defaultValue={filters.priorityId ?? ""} className="field-input">
              <option value="">{tCommon("all")}</option>
              {priorities.map((p) => (
                <option key={p.id} value={p.id}>
                  {pick(p.title, locale)}
                </option>
              ))}
            </select>
          </div>
          <div>
            <label htmlFor="ask-outcome" className="field-label">
              {tf("outcome")}
            </label>
            <select id="ask-outcome" name="outcome" defaultValue={filters.outcome ?? ""} className="field-input">
              <option value="">{tCommon("all")}</option>
              {(["pending", "adopted", "partly", "not_adopted"] as const).map((o) => (
                <option key={o} value={o}>
                  {tOutcome(o)}
                </option>
              ))}
            </select>
          </div>
          <div className="flex gap-3">
            <button type="submit" className="btn">
              {tCommon("filter")}
            </button>
            {filtered ? (
              <Link href="/staff/advocacy/asks" className="btn btn-secondary">
                {tCommon("clear")}
              </Link>
            ) : null}
          </div>
        </form>
        <p className="mb-2" role="status">
          {tAdv("shown", { count: asks.length })}
        </p>
        {asks.length === 0 ? (
          <p>{t("none")}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full border-collapse text-left text-body-s">
              <caption className="sr-only">{t("registerTitle")}</caption>
              <thead>
                <tr className="border-b-2 border-ink">
                  <th scope="col" className="p-2">{tf("programmeYear")}</th>
                  <th scope="col" className="p-2">{tf("wording")}</th>
                  <th scope="col" className="p-2">{tf("priorityId")}</th>
                  <th scope="col" className="p-2">{tf("outcome")}</th>
                  <th scope="col" className="p-2">{tf("evidence")}</th>
                  <th scope="col" className="p-2">{tAdv("state")}</th>
                </tr>
              </thead>
              <tbody>
                {asks.map((a) => (
                  <tr key={a.id} className="border-b border-line align-top">
                    <td className="p-2">{a.programmeYear}</td>
                    <th scope="row" className="p-2 font-normal">
                      <Link href={`/staff/advocacy/asks/${a.id}`} className="font-semibold">
                        {pick(a.wording, locale)}
                      </Link>
                    </th>
                    <td className="p-2">{priorityNames.get(a.priorityId) ?? "–"}</td>
                    <td className="p-2">{tOutcome(a.outcome)}</td>
                    <td className="p-2">{a.evidence ? pick(a.evidence, locale) : "–"}</td>
                    <td className="p-2">
                      {tStaff(a.reviewState)}
                      {a.visibility === "internal" ? <span className="block">{tStaff("internal")}</span> : null}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </>
  );
}
