import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { DemoNotice } from "@/components/public/DemoNotice";
import { getDb } from "@/db/client";
import { isHistoryType, publicHistory, type HistoryType } from "@/db/queries/public/history";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { isPublicItem } from "@/lib/public/content";
import { changedKeys, displayValue, isText, snapshotText, snapshotTitle } from "@/lib/public/history-diff";
import { LocalizedText } from "@/components/public/LocalizedText";
import { langOf } from "@/lib/i18n/localized";
import { publicLinks } from "@/lib/public/links";
import { formatMoment } from "@/lib/strategy/dates";

type Params = Promise<{ locale: Locale; type: string; id: string }>;

async function load(type: string, id: string) {
  if (!isHistoryType(type) || !(await isPublicItem(type, id))) return null;
  return publicHistory(await getDb(), type, id);
}

/** Where the item itself is on the site, if it has a page. */
function itemHref(type: HistoryType, id: string, current: Record<string, unknown>): string | null {
  if (type === "goal") return publicLinks.goal(id);
  if (type === "priority" && typeof current.goalId === "string") return publicLinks.priority(id, current.goalId);
  if (type === "measure") return publicLinks.measure(id);
  if (type === "indicator") return publicLinks.indicator(id);
  if (type === "progress_update" && typeof current.measureId === "string") return publicLinks.measure(current.measureId);
  return null;
}

export async function generateMetadata({ params }: { params: Params }): Promise<Metadata> {
  const { locale, type, id } = await params;
  const found = await load(type, id);
  const t = await getTranslations({ locale, namespace: "publicHistory" });
  return { title: found ? t.markup("title", { name: snapshotTitle(found.current, locale), text: (chunks) => chunks }) : t("notFound") };
}

/** An item's published history: each published version and what changed in it, as the public saw it. */
export default async function HistoryPage({ params }: { params: Params }) {
  const { locale, type, id } = await params;
  setRequestLocale(locale);
  const found = await load(type, id);
  if (!found || !isHistoryType(type)) notFound();
  const t = await getTranslations("publicHistory");
  const tStatus = await getTranslations("status");
  const name = snapshotTitle(found.current, locale);
  // The name keeps its own language when it falls back (WCAG 3.1.2).
  const nameLang = langOf(snapshotText(found.current), locale);
  const named = (chunks: React.ReactNode) => <span lang={nameLang}>{chunks}</span>;
  const href = itemHref(type, id, found.current);
  const label = (key: string, code: string) => (key === "status" && tStatus.has(code) ? tStatus(code) : t.has(`values.${code}`) ? t(`values.${code}`) : null);
  const fieldName = (key: string) => (t.has(`fields.${key}`) ? t(`fields.${key}`) : key);
  // Newest first, each compared with the version before it.
  const versions = found.versions.map((v, i) => ({ ...v, previous: i > 0 ? found.versions[i - 1]!.snapshot : null })).reverse();

  return (
    <>
      <Breadcrumbs items={[...(href ? [{ label: name, href, lang: nameLang }] : []), { label: t("crumb") }]} />
      <h1 className="mb-2 text-heading-xl font-bold">{t.rich("title", { name, text: named })}</h1>
      <DemoNotice show={found.isDemo} />
      <p className="mb-6 max-w-3xl">{t("lead")}</p>
      {href ? (
        <p className="mb-6">
          <Link href={href}>{t.rich("back", { name, text: named })}</Link>
        </p>
      ) : null}
      <ol className="flex flex-col gap-6">
        {versions.map((v, i) => {
          const keys = v.snapshot ? changedKeys(v.previous, v.snapshot) : [];
          return (
            <li key={`${v.at.toISOString()}-${i}`} className="border-l-4 border-bus pl-4">
              <h2 className="text-heading-xs font-bold">
                <time dateTime={v.at.toISOString()}>{formatMoment(v.at, locale)}</time>
              </h2>
              <p className="mb-2 text-body-s text-muted">{!v.snapshot ? t("withdrawn") : v.previous ? t("changed") : t("first")}</p>
              {v.snapshot && keys.length ? (
                <dl className="grid gap-x-4 gap-y-1 sm:grid-cols-[auto_1fr]">
                  {keys.map((k) => (
                    <div key={k} className="contents">
                      <dt className="font-semibold">{fieldName(k)}</dt>
                      {isText(v.snapshot![k]) ? (
                        <LocalizedText as="dd" className="whitespace-pre-wrap" text={v.snapshot![k]} locale={locale} />
                      ) : (
                        <dd className="whitespace-pre-wrap">{displayValue(k, v.snapshot!, locale, label)}</dd>
                      )}
                    </div>
                  ))}
                </dl>
              ) : v.snapshot ? (
                <p>{t("noVisibleChange")}</p>
              ) : null}
            </li>
          );
        })}
      </ol>
    </>
  );
}
