import { getTranslations } from "next-intl/server";
import { FundingNav } from "@/components/funding/FundingNav";
import { fundingFormOptions, listProjectsForStaff, PAGE_SIZE, type ProjectFilters } from "@/db/queries/funding/projects";
import { mayEditProject } from "@/lib/funding/project-write";
import { statuses, type ProjectStatus } from "@/lib/funding/rules";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatMoney } from "@/lib/money";
import { todayInHelsinki } from "@/lib/dates";
import { isUuid } from "@/lib/ids";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";
import { formatFlexibleDate } from "@/lib/strategy/dates";

const flags = ["unaligned", "overdue", "findings", "highRisk", "pending", "demo"] as const;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export default async function ProjectList({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Record<string, string | string[] | undefined>> }) {
  const { locale, user, db } = await staffPage(params, "internal.read");
  const t = await getTranslations("funding");
  const sp = await searchParams;
  const id = (v: string | undefined) => (v && isUuid(v) ? v : undefined);
  const filters: ProjectFilters = {
    q: one(sp.q)?.slice(0, 100),
    programmeId: id(one(sp.programme)),
    status: statuses.includes(one(sp.status) as ProjectStatus) ? (one(sp.status) as ProjectStatus) : undefined,
    unitId: id(one(sp.unit)),
    priorityId: id(one(sp.priority)),
    flag: flags.includes(one(sp.flag) as (typeof flags)[number]) ? (one(sp.flag) as ProjectFilters["flag"]) : undefined,
    archived: one(sp.archived) === "1",
  };
  const page = Math.max(1, Math.min(10_000, Number(one(sp.page)) || 1));
  const today = todayInHelsinki();
  const [{ rows, total }, options] = await Promise.all([listProjectsForStaff(db, filters, today, page), fundingFormOptions(db)]);
  const programmeName = new Map(options.programmes.map((p) => [p.id, pick(p.name, locale)]));
  const unitName = new Map(options.units.map((u) => [u.id, u.code]));
  const pages = Math.max(1, Math.ceil(total / PAGE_SIZE));
  const query = (n: number) => {
    const q = new URLSearchParams();
    for (const [k, v] of Object.entries(sp)) if (typeof v === "string" && v && k !== "page") q.set(k, v);
    q.set("page", String(n));
    return `/staff/funding/projects?${q.toString()}`;
  };
  const select = (name: string, label: string, value: string | undefined, items: { id: string; label: string }[]) => (
    <div>
      <label htmlFor={`f-${name}`} className="field-label">{label}</label>
      <select id={`f-${name}`} name={name} defaultValue={value ?? ""} className="field-input">
        <option value="">{t("list.all")}</option>
        {items.map((i) => (
          <option key={i.id} value={i.id}>{i.label}</option>
        ))}
      </select>
    </div>
  );
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{t("list.title")}</h1>
      <FundingNav user={user} current="projects" locale={locale} />
      <form method="get" className="mb-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-4" role="search" aria-label={t("list.filters")}>
        <div>
          <label htmlFor="f-q" className="field-label">{t("list.search")}</label>
          <input id="f-q" name="q" defaultValue={filters.q ?? ""} className="field-input" />
        </div>
        {select("programme", t("fields.programme"), filters.programmeId, options.programmes.map((p) => ({ id: p.id, label: pick(p.name, locale) })))}
        {select("status", t("fields.status"), filters.status, statuses.map((s) => ({ id: s, label: t(`status.${s}`) })))}
        {select("unit", t("fields.unit"), filters.unitId, options.units.map((u) => ({ id: u.id, label: pick(u.name, locale) })))}
        {select("priority", t("list.priority"), filters.priorityId, options.priorities.map((p) => ({ id: p.id, label: pick(p.title, locale) })))}
        {select("flag", t("list.flag"), filters.flag, flags.map((f) => ({ id: f, label: t(`list.flags.${f}`) })))}
        <div className="flex items-end gap-3">
          <button type="submit" className="btn">{t("list.apply")}</button>
          <Link href="/staff/funding/projects">{t("list.clear")}</Link>
        </div>
      </form>
      <p className="mb-2" role="status">{t("list.count", { total })}</p>
      <Table caption={t("list.title")} wrapperClassName="overflow-x-auto" region head={[t("list.project"), t("fields.programme"), t("fields.status"), { label: t("fields.euContribution"), numeric: true }, t("list.dates"), t("fields.unit"), t("list.alignment"), t("list.flag"), t("list.review")]}>
        {rows.map((r) => (
          <tr key={r.id} className="border-b border-line align-top">
            <th scope="row" className="p-2">
              <Link href={`/staff/funding/projects/${r.id}`}>{r.acronym ? `${r.acronym} – ` : ""}{pick(r.name, locale)}</Link>
              {r.isDemo ? <span className="ml-2 bg-engel-light px-1 font-normal">{t("demo")}</span> : null}
              {mayEditProject(user, r) ? <span className="ml-2 bg-fog-light px-1 font-normal">{t("list.youCanEdit")}</span> : null}
            </th>
            <td className="p-2">{programmeName.get(r.programmeId)}</td>
            <td className="p-2">{t(`status.${r.status}`)}</td>
            <td className="p-2 text-right whitespace-nowrap">{formatMoney(r.euContributionCents, locale, { unknown: t("detail.notKnown") })}</td>
            <td className="p-2 whitespace-nowrap">{r.startDate || r.endDate ? [formatFlexibleDate(r.startDate, r.startPrecision, locale) || "…", formatFlexibleDate(r.endDate, r.endPrecision, locale) || "…"].join(" – ") : ""}</td>
            <td className="p-2">{r.responsibleUnitId ? unitName.get(r.responsibleUnitId) : ""}</td>
            <td className="p-2">{r.maxStrength && r.maxStrength >= 1 ? t("list.strength", { n: r.maxStrength }) : <strong className="text-error">{t("list.flags.unaligned")}</strong>}</td>
            <td className="p-2">
              <ul>
                {r.overdueReports > 0 ? <li className="font-semibold text-error">{t("list.overdueN", { n: r.overdueReports })}</li> : null}
                {r.openFindings > 0 ? <li className="font-semibold">{t("list.findingsN", { n: r.openFindings })}</li> : null}
                {r.riskLevel !== "low" ? <li>{t("detail.risk", { level: t(`risk.${r.riskLevel}`) })}</li> : null}
              </ul>
            </td>
            <td className="p-2">{t(`reviewState.${r.reviewState}`)}</td>
          </tr>
        ))}
      </Table>
      {pages > 1 ? (
        <nav aria-label={t("list.pages")} className="mt-4 flex gap-4">
          {page > 1 ? <Link href={query(page - 1)}>{t("list.previous")}</Link> : null}
          <span>{t("list.page", { page, pages })}</span>
          {page < pages ? <Link href={query(page + 1)}>{t("list.next")}</Link> : null}
        </nav>
      ) : null}
    </>
  );
}
