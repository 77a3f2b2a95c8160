import { getTranslations } from "next-intl/server";
import type { Document } from "@/db/schema";
import { formatDay } from "@/lib/dates";
import type { Locale } from "@/lib/i18n/routing";

/** A document's decision: its number and date linked to the decision archive, and the body that made it; nothing when there is none. */
export async function DecisionLine({ document: d, locale, className }: { document: Pick<Document, "decisionUrl" | "decisionNumber" | "decisionDate" | "decisionBody">; locale: Locale; className?: string }) {
  if (!d.decisionUrl) return null;
  const t = await getTranslations({ locale, namespace: "documents" });
  return (
    <p className={className}>
      <a href={d.decisionUrl} rel="noopener noreferrer" aria-label={t("openDecision", { number: d.decisionNumber ?? "" })}>
        {t("decisionLine", { number: d.decisionNumber ?? "", date: formatDay(d.decisionDate, locale) })}
      </a>
      {d.decisionBody ? `, ${t("decisionBy", { body: d.decisionBody })}` : null}
    </p>
  );
}
