import { getTranslations } from "next-intl/server";
import { BriefingDownloads } from "@/components/dashboard/BriefingDownloads";
import { BriefingSections } from "@/components/dashboard/BriefingSections";
import { DashboardFilters } from "@/components/dashboard/DashboardFilters";
import { scopeQuery, type DashboardQuery } from "@/lib/dashboard/load";
import { briefingForRequest } from "@/lib/dashboard/request";
import type { Locale } from "@/lib/i18n/routing";
import { todayInHelsinki } from "@/lib/dates";
import { COMMENTARY_MAX, commentarySections } from "@/lib/dashboard/commentary";
import { can } from "@/lib/permissions";
import { CommentaryForm } from "./_components/CommentaryForm";

const commentarySectionIds = new Set<string>(commentarySections);
import { chartLinks, formatDay } from "@/lib/dashboard/format";
import { staffPage } from "@/lib/auth/staff-page";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "dashboard" });
  return { title: t("title") };
}

/** The executive summary: every area's key figures and charts, for a period and goal. Reads only. */
export default async function DashboardPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<DashboardQuery> }) {
  const { locale, user } = await staffPage(params, "dashboard.view");
  const t = await getTranslations("dashboard");
  const loaded = await briefingForRequest(locale, await searchParams);
  if (!loaded) {
    return (
      <>
        <h1 className="mb-4 text-heading-l font-bold">{t("title")}</h1>
        <p>{t("noPeriod")}</p>
      </>
    );
  }
  const { briefing, outline, scope, rounds, commentaries } = loaded;
  const mayComment = can(user.role, "dashboard.comment");
  const commentaryForm = (section: string) => {
    const c = commentaries[section];
    return (
      <CommentaryForm
        periodId={scope.periodId}
        goalId={scope.goalId}
        section={section}
        body={c?.body ?? ""}
        version={c?.version ?? 0}
        labels={{
          summary: t("commentary.summary"),
          field: t("commentary.field"),
          help: t("commentary.help", { max: COMMENTARY_MAX }),
          save: t("commentary.save"),
          saved: t("commentary.saved"),
          lastSaved: c ? t("commentary.lastSaved", { name: c.by ?? "?", date: formatDay(todayInHelsinki(new Date(c.updatedAt)), locale) }) : undefined,
        }}
      />
    );
  };
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-4 max-w-3xl">{t("intro")}</p>
      <DashboardFilters
        outline={outline}
        scope={scope}
        rounds={rounds}
        locale={locale}
        labels={{
          title: t("filters.title"),
          period: t("filters.period"),
          goal: t("filters.goal"),
          allGoals: t("filters.allGoals"),
          apply: t("filters.apply"),
          reset: t("filters.reset"),
          since: t("filters.since"),
          sinceDefault: t("filters.sinceDefault"),
          sinceDay: t("filters.sinceDay"),
          sinceDayHelp: t("filters.sinceDayHelp"),
          round: (name, date) => t("changes.round", { name, date: formatDay(date, locale) }),
        }}
      />
      <p className="mb-4 font-semibold" id="dashboard-scope">
        {briefing.scopeLine}
      </p>
      <BriefingDownloads
        query={scopeQuery(scope)}
        labels={{ title: t("downloads.title"), pdf: t("downloads.pdf"), html: t("downloads.html"), help: t("downloads.pdfHelp") }}
      />
      <BriefingSections
        briefing={briefing}
        sectionExtra={mayComment ? (id) => (commentarySectionIds.has(id) ? commentaryForm(id) : null) : undefined}
        labels={{ chartLabel: (title) => t("chartLabel", { title }), loading: t("numbers.loading"), failed: t("numbers.failed"), fallback: t("numbers.fallback") }}
        links={chartLinks(locale, scopeQuery(scope))}
        figuresLabel={(section) => t("figuresLabel", { section })}
      />
    </>
  );
}
