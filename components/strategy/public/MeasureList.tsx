import { getTranslations } from "next-intl/server";
import { ProgressBar } from "@/components/ui/ProgressBar";
import type { MeasureSnapshot } from "@/db/queries/strategy/snapshots";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { formatFlexibleDate } from "@/lib/strategy/dates";
import { CheckedStatus } from "./CheckedStatus";
import { todayInHelsinki } from "@/lib/dates";
import { LocalizedText } from "@/components/public/LocalizedText";

/** Published measures as a list with status (checked against the dates), due date and progress, each linking to its page. */
export async function PublicMeasureList({ measures, locale }: { measures: (MeasureSnapshot & { id: string })[]; locale: Locale }) {
  const t = await getTranslations("publicStrategy");
  const tCommon = await getTranslations("common");
  if (!measures.length) return <p>{t("noMeasures")}</p>;
  const today = todayInHelsinki();
  return (
    <ul className="divide-y divide-line border-y border-line">
      {measures.map((m) => (
        <li key={m.id} className="py-4">
          <Link href={`/measures/${m.id}`} className="font-semibold"><LocalizedText text={m.title} locale={locale} /></Link>
          <dl className="mt-2 flex flex-wrap items-center gap-x-6 gap-y-2 text-body-s">
            <div className="flex gap-2">
              <dt className="sr-only">{tCommon("status")}</dt>
              <dd><CheckedStatus measure={m} today={today} locale={locale} /></dd>
            </div>
            <div className="flex gap-2">
              <dt>{tCommon("due")}:</dt>
              <dd>{m.dueDate ? formatFlexibleDate(m.dueDate, m.duePrecision, locale) : tCommon("noDate")}</dd>
            </div>
            <div className="flex gap-2">
              <dt className="sr-only">{tCommon("progress")}</dt>
              <dd><ProgressBar value={m.progress} label={`${tCommon("progress")}: ${pick(m.title, locale)}`} /></dd>
            </div>
          </dl>
        </li>
      ))}
    </ul>
  );
}
