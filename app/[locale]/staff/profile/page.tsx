import { Section } from "@/components/ui/Section";
import { getFormatter, getTranslations } from "next-intl/server";
import { CalendarFeedControls } from "@/app/[locale]/staff/profile/_components/CalendarFeedControls";
import { PublicContactForm } from "@/app/[locale]/staff/profile/_components/PublicContactForm";
import { ProfileForm } from "@/app/[locale]/staff/profile/_components/ProfileForm";
import { profileOf } from "@/db/queries/admin/users";
import { myContactItems } from "@/db/queries/public/contacts";
import { feedOf } from "@/db/queries/reminders/feeds";
import { getRecipient } from "@/db/queries/reminders/recipients";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { appBaseUrl } from "@/lib/reminders/base-url";
import { publicFeedPath } from "@/lib/reminders/tokens";
import { staffPage } from "@/lib/auth/staff-page";

export const dynamic = "force-dynamic";

/** The signed-in person's own settings: language, reminder e-mail, private calendar link. */
export default async function ProfilePage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user, db } = await staffPage(params, "profile.edit");
  const [me, recipient, feed] = await Promise.all([
    profileOf(db, user.id),
    getRecipient(db, user.id),
    feedOf(db, user.id),
  ]);
  const contactItems = can(user.role, "publicContact.own") ? await myContactItems(db, user.id) : [];
  const tContact = await getTranslations("publicContact");
  const t = await getTranslations("profile");
  const format = await getFormatter();
  const publicUrl = `${appBaseUrl()}${publicFeedPath(locale)}`;
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("title")}</h1>
      <p className="mb-6">{t("intro")}</p>
      <p className="mb-6">
        <span className="font-semibold">{t("email")}:</span> {me?.email ?? user.email}
      </p>
      <ProfileForm version={me?.version ?? 1} locale={me?.locale ?? locale} frequency={recipient?.frequency ?? "weekly"} />
      <Section id="calendar-heading" title={t("calendarTitle")} className="mt-10 max-w-3xl">
        <p className="mb-4">{t("calendarIntro")}</p>
        <CalendarFeedControls hasFeed={feed !== null} createdText={feed ? format.dateTime(feed.createdAt, { dateStyle: "long", timeStyle: "short" }) : null} />
        <p className="mt-6 text-body-s">
          {t.rich("publicCalendar", {
            link: (chunks) => (
              <a href={publicUrl} className="text-bus underline">
                {chunks}
              </a>
            ),
            url: publicUrl,
          })}
        </p>
      </Section>
      {contactItems.length ? (
        <Section id="public-contact-heading" title={tContact("profileTitle")} className="mt-10 max-w-3xl">
          <p className="mb-4">{tContact("profileIntro")}</p>
          {contactItems.map((item) => (
            <PublicContactForm
              key={`${item.entityType}-${item.id}`}
              entityType={item.entityType}
              entityId={item.id}
              itemTitle={pick(item.title, locale)}
              mode={item.choice ? (item.choice.showEmail ? "shownWithEmail" : "shown") : "hidden"}
              title={item.choice?.title ?? null}
            />
          ))}
        </Section>
      ) : null}
    </>
  );
}
