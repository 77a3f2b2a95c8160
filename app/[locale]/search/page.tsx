import type { Metadata } from "next";
import { Section } from "@/components/ui/Section";
import { redirect } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { LocalizedText } from "@/components/public/LocalizedText";
import { Pagination } from "@/components/public/Pagination";
import { StatusBadge } from "@/components/ui/StatusBadge";
import { FilterSelect } from "@/components/ui/FilterForm";
import { langOf, pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { publicStrategy } from "@/lib/public/content";
import { getDb } from "@/db/client";
import { SEARCH_PER_PAGE as PER_PAGE, searchPublic, searchTypes, type SearchHit, type SearchType } from "@/db/queries/public/search";
import { publicLinks } from "@/lib/public/links";
import { measureStatuses } from "@/lib/public/progress";
import { DemoNotice } from "@/components/public/DemoNotice";

/** The history's entity type of each kind of result (kinds without a public history page: null). */
const historyType: Record<SearchType, string | null> = {
  goal: "goal",
  priority: "priority",
  measure: "measure",
  update: "progress_update",
  indicator: "indicator",
  euProject: null,
  network: null,
  action: "advocacy_activity",
  ask: null,
};

/** Where a hit is shown on the site. Advocacy actions and asks: their own entry on the advocacy page. */
function hitHref(hit: SearchHit): string {
  switch (hit.type) {
    case "goal":
      return publicLinks.goal(hit.id);
    case "priority":
      return hit.goalId ? publicLinks.priority(hit.id, hit.goalId) : "/search";
    case "measure":
      return publicLinks.measure(hit.id);
    case "update":
      return hit.measureId ? publicLinks.measure(hit.measureId) : "/search";
    case "indicator":
      return publicLinks.indicator(hit.id);
    case "euProject":
      return publicLinks.euProject(hit.id);
    case "network":
      return publicLinks.network(hit.id);
    case "action":
      return publicLinks.action(hit.id, hit.status);
    case "ask":
      return publicLinks.ask(hit.id);
  }
}
type Query = { q?: string; type?: string; status?: string; goal?: string; page?: string };

export async function generateMetadata({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Query> }): Promise<Metadata> {
  const { locale } = await params;
  const q = (await searchParams).q?.trim();
  const t = await getTranslations({ locale, namespace: "publicSearch" });
  return { title: q ? t("titleWithQuery", { q: q.slice(0, 100) }) : t("title"), robots: { index: !q } };
}

/** Search and filters across the published content; every search is a shareable address. */
export default async function SearchPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<Query> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const raw = await searchParams;
  const t = await getTranslations("publicSearch");
  const tStatus = await getTranslations("status");
  const tFunding = await getTranslations("funding");
  const tNetworks = await getTranslations("networks");
  const tOutcome = await getTranslations("askOutcomes");
  const tActivity = await getTranslations("advocacyTypes");
  const data = await publicStrategy();

  const one = (v: unknown) => (typeof v === "string" ? v.trim().slice(0, 200) : "");
  const q = one(raw.q);
  const type = searchTypes.includes(one(raw.type) as SearchType) ? (one(raw.type) as SearchType) : undefined;
  const status = (measureStatuses as readonly string[]).includes(one(raw.status)) ? one(raw.status) : undefined;
  const goal = data.goals.some((g) => g.id === one(raw.goal)) ? one(raw.goal) : undefined;
  const asked = Boolean(q || type || status || goal);
  const requestedPage = Math.min(100_000, Math.max(1, Number.parseInt(one(raw.page), 10) || 1));
  const found = asked ? await searchPublic(await getDb(), { q, type, status, goal, page: requestedPage }) : { hits: [], total: 0 };
  const pages = Math.max(1, Math.ceil(found.total / PER_PAGE));
  const page = Math.min(pages, requestedPage);
  const query = Object.fromEntries(Object.entries({ q, type, status, goal }).filter(([, v]) => v)) as Record<string, string>;
  // One address per search: empty fields of the form and unknown values are dropped (shareable, and cached once).
  const canonical = { ...query, ...(page > 1 ? { page: String(page) } : {}) };
  const given = Object.entries(raw).map(([k, v]) => [k, Array.isArray(v) ? v.join(",") : String(v ?? "")]);
  if (given.length !== Object.keys(canonical).length || given.some(([k, v]) => (canonical as Record<string, string>)[k!] !== v)) {
    const search = new URLSearchParams(canonical).toString();
    redirect(`/${locale}/search${search ? `?${search}` : ""}`);
  }
  const periodName = new Map(data.periods.map((p) => [p.id, pick(p.name, locale)]));

  return (
    <>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <h1 className="mb-4 text-heading-xl font-bold">{t("title")}</h1>
      <DemoNotice show={data.measures.some((m) => m.isDemo) || data.updates.some((u) => u.isDemo) || data.indicators.some((i) => i.isDemo)} />
      <p className="mb-6 max-w-3xl">{t("lead")}</p>
      <form role="search" method="get" className="mb-8 grid gap-4 bg-fog-light p-4 md:grid-cols-4 md:items-end">
        <div className="md:col-span-4">
          <label htmlFor="search-q" className="field-label">
            {t("query")}
          </label>
          <input id="search-q" name="q" type="search" defaultValue={q} maxLength={200} className="field-input" />
        </div>
        <FilterSelect idPrefix="search" name="type" label={t("type")} value={type} emptyLabel={t("allTypes")} options={searchTypes.map((s) => ({ value: s, label: t(`types.${s}`) }))} />
        <FilterSelect idPrefix="search" name="status" label={t("status")} value={status} emptyLabel={t("allStatuses")} options={measureStatuses.map((s) => ({ value: s, label: tStatus(s) }))} />
        <FilterSelect
          idPrefix="search"
          name="goal"
          label={t("goal")}
          value={goal}
          emptyLabel={t("allGoals")}
          options={data.goals.map((g) => ({ value: g.id, label: `${pick(g.title, locale)} (${periodName.get(g.periodId)})`, lang: langOf(g.title, locale) }))}
        />
        <div>
          <button type="submit" className="btn w-full justify-center">
            {t("submit")}
          </button>
        </div>
      </form>

      {asked ? (
        <Section id="results-title" className="" title={t("results", { count: found.total })}>
          {found.total === 0 ? <p>{t("noResults")}</p> : null}
          <ol className="divide-y divide-line border-y border-line" start={(page - 1) * PER_PAGE + 1}>
            {found.hits.map((doc) => {
              const history = historyType[doc.type];
              // The kind's own word for its state: a measure's status, a project's or network's, an ask's outcome, an action's kind.
              const state =
                !doc.status ? null
                : doc.type === "measure" ? null
                : doc.type === "euProject" ? tFunding(`status.${doc.status}`)
                : doc.type === "network" ? tNetworks(`statuses.${doc.status}`)
                : doc.type === "ask" ? tOutcome(doc.status)
                : doc.type === "action" ? tActivity(doc.status)
                : null;
              return (
                <li key={`${doc.type}-${doc.id}`} className="py-4" data-testid="search-hit" data-type={doc.type}>
                  <p className="text-body-s font-semibold uppercase tracking-wide text-muted">{t(`types.${doc.type}`)}</p>
                  <Link href={hitHref(doc)} className="text-body-l font-semibold" lang={langOf(doc.title, locale)}>
                    {pick(doc.title, locale)}
                  </Link>
                  {doc.type === "measure" && doc.status ? (
                    <p className="mt-1 flex flex-wrap items-center gap-3 text-body-s">
                      <StatusBadge status={doc.status} label={tStatus(doc.status)} />
                      <span>{t("progress", { value: doc.progress ?? 0 })}</span>
                    </p>
                  ) : null}
                  {state ? <p className="mt-1 text-body-s">{state}</p> : null}
                  {(doc.type === "update" || doc.type === "action") && doc.date ? <p className="text-body-s">{doc.date.split("-").reverse().join(".")}</p> : null}
                  <LocalizedText as="p" text={doc.summary} locale={locale} className="mt-1 line-clamp-2 max-w-3xl" />
                  {history ? (
                    <p className="mt-1 text-body-s">
                      <Link href={publicLinks.history(history, doc.id)} aria-label={t("historyOf", { name: pick(doc.title, locale) })}>
                        {t("history")}
                      </Link>
                    </p>
                  ) : null}
                </li>
              );
            })}
          </ol>
          <Pagination path="/search" query={query} page={page} pages={pages} />
        </Section>
      ) : (
        <p>{t("hint")}</p>
      )}
    </>
  );
}
