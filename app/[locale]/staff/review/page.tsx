import { getFormatter, getTranslations } from "next-intl/server";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { reviewSources } from "@/lib/review/sources";
import type { ReviewQueueItem } from "@/lib/review/types";
import { staffPage } from "@/lib/auth/staff-page";
import { Table } from "@/components/ui/Table";

/** The cross-area review queue: every area's items waiting for a decision. */
export default async function ReviewQueuePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, db } = await staffPage(params, "content.publish");
  const t = await getTranslations("review");
  const tTypes = await getTranslations("reviewTypes");
  const tAreas = await getTranslations("areas");
  const f = await getFormatter();
  const items = (await Promise.all(reviewSources.map((s) => s.queue(db)))).flat().sort((a, b) => b.at.getTime() - a.at.getTime());
  const groups: { state: ReviewQueueItem["state"]; title: string; empty: string }[] = [
    { state: "pending", title: t("pendingTitle"), empty: t("pendingEmpty") },
    { state: "draft", title: t("draftTitle"), empty: t("draftEmpty") },
    { state: "returned", title: t("returnedTitle"), empty: t("returnedEmpty") },
  ];
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-6 max-w-3xl">{t("intro")}</p>
      {groups.map((g) => {
        const list = items.filter((i) => i.state === g.state);
        return (
          <section key={g.state} aria-labelledby={`queue-${g.state}`} className="mb-10">
            <h2 id={`queue-${g.state}`} className="mb-3 text-heading-s font-bold">
              {g.title} ({list.length})
            </h2>
            {list.length === 0 ? (
              <p>{g.empty}</p>
            ) : (
              <Table wrapperClassName="overflow-x-auto" head={[t("item"), t("type"), t("area"), t("savedBy"), t("savedAt")]}>
                {list.map((item) => ({ ...item, title: typeof item.title === "string" ? item.title : pick(item.title, locale) })).map((i) => (
                  <tr key={`${i.type}-${i.id}`} className="border-b border-line align-top">
                    <th scope="row" className="p-2 font-normal">
                      <Link href={`/staff/review/${i.type}/${i.id}`}>{i.title.length > 140 ? `${i.title.slice(0, 140)}…` : i.title}</Link>
                    </th>
                    <td className="p-2">{tTypes.has(i.type) ? tTypes(i.type) : i.type}</td>
                    <td className="p-2">{tAreas(`${i.area}.title`)}</td>
                    <td className="p-2">{i.by ?? "–"}</td>
                    <td className="p-2">
                      <time dateTime={i.at.toISOString()}>{f.dateTime(i.at, { dateStyle: "short", timeStyle: "short" })}</time>
                    </td>
                  </tr>
                ))}
              </Table>
            )}
          </section>
        );
      })}
    </>
  );
}
