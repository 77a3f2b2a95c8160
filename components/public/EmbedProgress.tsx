import { getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/ProgressBar";
import { DemoNotice } from "./DemoNotice";
import type { PublicMeasure } from "@/db/queries/public/strategy";
import type { LocalizedText } from "@/db/schema/common";
import { isFallback, pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { statusCounts } from "@/lib/public/progress";
import { rollUpProgress } from "@/lib/strategy/rollup";
import { todayInHelsinki } from "@/lib/dates";

type Row = { id: string; title: LocalizedText; measures: PublicMeasure[] };

/**
 * The embeddable progress view: one item's rolled-up progress, its measures
 * by status, optionally its parts (a goal's priorities), and a link to the
 * full page on the site. Plain HTML, no scripts.
 */
export async function EmbedProgress(props: { kind: "goal" | "priority"; title: LocalizedText; context?: LocalizedText; measures: PublicMeasure[]; parts?: Row[]; href: string; locale: Locale }) {
  const { kind, title, measures, parts, href, locale } = props;
  const t = await getTranslations("embed");
  const tStatus = await getTranslations("status");
  const name = pick(title, locale);
  const lang = (text: LocalizedText) => (isFallback(text, locale) ? "fi" : undefined);
  return (
    <article aria-labelledby="embed-title" className="max-w-2xl">
      <p className="text-body-s text-muted">
        {t(kind)}
        {props.context ? (
          <>
            {" · "}
            <span lang={lang(props.context)}>{pick(props.context, locale)}</span>
          </>
        ) : null}
      </p>
      <h1 id="embed-title" className="mb-2 text-heading-s font-bold" lang={lang(title)}>
        {name}
      </h1>
      <DemoNotice show={measures.some((m) => m.isDemo)} compact />
      <ProgressBar value={rollUpProgress(measures)} label={t("progress", { name })} />
      <p className="my-2 text-body-s">
        {t("measures", { count: measures.length })}
        {measures.length ? ": " : ""}
        {statusCounts(measures, todayInHelsinki())
          .map((c) => `${tStatus(c.status)} ${c.count}`)
          .join(", ")}
      </p>
      {parts?.length ? (
        <ul className="mb-2 flex flex-col gap-2">
          {parts.map((p) => (
            <li key={p.id}>
              <span className="block text-body-s font-semibold" lang={lang(p.title)}>
                {pick(p.title, locale)}
              </span>
              <ProgressBar value={rollUpProgress(p.measures)} label={t("progress", { name: pick(p.title, locale) })} />
            </li>
          ))}
        </ul>
      ) : null}
      <a href={href} target="_top" className="text-body-s">
        {t("more", { name })}
      </a>
    </article>
  );
}
