import type { Metadata } from "next";
import { getFormatter, getTranslations } from "next-intl/server";
import { FeedbackHandledButton } from "@/app/[locale]/staff/admin/_components/FeedbackHandledButton";
import { getDb } from "@/db/client";
import { listFeedback, type FeedbackFilter } from "@/db/queries/public/feedback";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { Subnav } from "@/components/ui/Subnav";
import { staffPage } from "@/lib/auth/staff-page";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "feedbackAdmin" });
  return { title: t("title") };
}

const filters: FeedbackFilter[] = ["open", "handled", "all"];

/** Feedback sent from the public site, for the admins: read, answer by email, mark handled. */
export default async function FeedbackAdminPage({ params, searchParams }: { params: Promise<{ locale: Locale }>; searchParams: Promise<{ show?: string }> }) {
  await staffPage(params, "feedback.manage");
  const show = (await searchParams).show;
  const filter: FeedbackFilter = filters.includes(show as FeedbackFilter) ? (show as FeedbackFilter) : "open";
  const t = await getTranslations("feedbackAdmin");
  const tAdmin = await getTranslations("admin");
  const tKinds = await getTranslations("publicFeedback.kinds");
  const format = await getFormatter();
  const messages = await listFeedback(await getDb(), filter);
  return (
    <>
      <h1 className="mb-4 text-heading-l font-bold">{tAdmin("title")}</h1>
      <Subnav area="admin" current="feedback" />
      <h2 className="mb-2 text-heading-m font-bold">{t("title")}</h2>
      <p className="mb-4 max-w-3xl">{t("lead")}</p>
      <nav aria-label={t("filter")} className="mb-6">
        <ul className="flex flex-wrap gap-4">
          {filters.map((f) => (
            <li key={f}>
              <Link href={`/staff/admin/feedback?show=${f}`} aria-current={f === filter ? "page" : undefined} className={f === filter ? "font-bold" : undefined}>
                {t(`filters.${f}`)}
              </Link>
            </li>
          ))}
        </ul>
      </nav>
      {messages.length === 0 ? <p>{t("empty")}</p> : null}
      <ul className="divide-y divide-line border-y border-line">
        {messages.map((m) => {
          const subject = t("subject", { kind: tKinds(m.kind), date: format.dateTime(m.createdAt, { dateStyle: "short", timeStyle: "short" }) });
          return (
            <li key={m.id}>
              <article aria-label={subject} className="grid gap-3 py-4 md:grid-cols-[1fr_auto]">
                <div>
                  <h3 className="font-bold">{subject}</h3>
                  <dl className="mb-2 flex flex-wrap gap-x-6 text-body-s">
                    <div className="flex gap-1">
                      <dt>{t("language")}:</dt>
                      <dd>{m.locale}</dd>
                    </div>
                    {m.pagePath ? (
                      <div className="flex gap-1">
                        <dt>{t("page")}:</dt>
                        <dd>
                          <a href={m.pagePath}>{m.pagePath}</a>
                        </dd>
                      </div>
                    ) : null}
                    <div className="flex gap-1">
                      <dt>{t("sender")}:</dt>
                      <dd>
                        {m.name ?? t("anonymous")}
                        {m.email ? (
                          <>
                            {" "}
                            (<a href={`mailto:${m.email}`}>{m.email}</a>)
                          </>
                        ) : null}
                      </dd>
                    </div>
                    <div className="flex gap-1">
                      <dt>{t("state")}:</dt>
                      <dd>
                        {m.handledAt
                          ? t("handledBy", { name: m.handledByName ?? "?", date: format.dateTime(m.handledAt, { dateStyle: "short" }) })
                          : t("open")}
                      </dd>
                    </div>
                  </dl>
                  <p className="max-w-3xl whitespace-pre-wrap break-words">{m.message}</p>
                </div>
                <FeedbackHandledButton id={m.id} version={m.version} handled={m.handledAt !== null} subject={subject} />
              </article>
            </li>
          );
        })}
      </ul>
    </>
  );
}
