import { getTranslations } from "next-intl/server";
import type { AdvocacyPlan } from "@/db/schema";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { formatDay } from "@/lib/dates";
import { Table } from "@/components/ui/Table";

/** An advocacy plan read-only: objectives, messages, audiences, channels, the communication plan's timeline. */
export async function PlanView({ plan, locale, headingLevel = 3 }: { plan: AdvocacyPlan; locale: Locale; headingLevel?: 2 | 3 }) {
  const tf = await getTranslations("advocacyFields");
  const t = await getTranslations("advocacy");
  const tAud = await getTranslations("planAudiences");
  const tCh = await getTranslations("planChannels");
  const H = headingLevel === 2 ? "h2" : "h3";
  const block = (label: string, text: string | null) => (
    <div>
      <H className="mb-1 text-heading-xs font-bold">{label}</H>
      <p className="whitespace-pre-line">{text || "–"}</p>
    </div>
  );
  return (
    <div className="flex flex-col gap-4">
      {block(tf("objectives"), pick(plan.objectives, locale))}
      {block(tf("keyMessages"), plan.keyMessages ? pick(plan.keyMessages, locale) : null)}
      {block(
        tf("audiences"),
        [plan.audiences.map((a) => tAud(a)).join(", "), plan.audienceNotes ? pick(plan.audienceNotes, locale) : ""].filter(Boolean).join("\n"),
      )}
      {block(tf("channels"), plan.channels.map((c) => tCh(c)).join(", "))}
      <div>
        <H className="mb-1 text-heading-xs font-bold">{tf("timeline")}</H>
        {plan.timeline.length === 0 ? (
          <p>–</p>
        ) : (
          <Table caption={tf("timeline")} className="w-full max-w-3xl border-collapse text-left text-body-s" head={[t("when"), t("what"), t("channel")]}>
            {plan.timeline.map((s, i) => (
              <tr key={i} className="border-b border-line">
                <td className="p-2 whitespace-nowrap">{formatDay(s.date, locale)}</td>
                <td className="p-2">{pick(s.activity, locale)}</td>
                <td className="p-2">{s.channel ? tCh(s.channel) : "–"}</td>
              </tr>
            ))}
          </Table>
        )}
      </div>
      {block(`${tf("publicSummary")} (${plan.visibility === "public" ? t("planIsPublic") : t("planIsInternal")})`, plan.publicSummary ? pick(plan.publicSummary, locale) : null)}
    </div>
  );
}
