import { getTranslations } from "next-intl/server";
import { describeInbox, Inbox, INBOX_SHOWN, OVERVIEW_SHOWN } from "@/components/reminders/Inbox";
import type { Translate } from "@/lib/reminders/describe";
import { allReminderItems } from "@/db/queries/reminders/items";
import { overdueOverview } from "@/db/queries/reminders/overview";
import { personalItems, receivesOverview } from "@/lib/reminders/assign";
import { byUrgency } from "@/lib/reminders/items";
import { unitNameMap } from "@/db/queries/reminders/recipients";
import { pick } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { staffAreas } from "@/lib/navigation";
import { can } from "@/lib/permissions";
import { todayInHelsinki } from "@/lib/dates";
import { env } from "@/lib/env";
import { staffPage } from "@/lib/auth/staff-page";
import { cachedUntilWrite } from "@/lib/summary-cache";

/** The staff start page: who you are, what you may do, where to go. */
export default async function StaffHome({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale, user, db } = await staffPage(params, "staff.view");
  const t = await getTranslations("staff");
  const tRoles = await getTranslations("roles");
  const tAreas = await getTranslations("areas");
  const { REMINDER_LOOKAHEAD_DAYS: lookahead, STALE_AFTER_DAYS: staleAfterDays } = env();
  const today = todayInHelsinki();
  // Bounded in SQL at any size of city: the person's overdue items as a count and the oldest few; their items
  // due soon or just done from the measures that can have such (filtered in SQL); for coordinators the rest
  // of the city's overdue items as a count and the oldest few.
  const person = { ...user, locale };
  const options = { today, staleAfterDays, lookahead };
  // Kept until the next write anywhere (or the next day: "overdue" moves with the date), per person and language,
  // written out (every line translated and its dates formatted): the key holds everything the reads and the words
  // depend on. Read only below, never changed (the entry is shared).
  const inboxKey = `staff-inbox:${JSON.stringify([user.id, user.role, user.unitId, today, staleAfterDays, lookahead, locale])}`;
  const tReminders = (await getTranslations("reminders")) as unknown as Translate;
  const { inbox, unitName } = await cachedUntilWrite(inboxKey, async () => {
    const [nearItems, myOverdue, overview, unitNames] = await Promise.all([
      allReminderItems(db, { ...options, person, notOverdueOnly: true }),
      overdueOverview(db, options, { limit: INBOX_SHOWN, person: { person, scope: "mine" } }),
      receivesOverview(user) ? overdueOverview(db, options, { limit: OVERVIEW_SHOWN, person: { person, scope: "others" } }) : null,
      unitNameMap(db),
    ]);
    const near = personalItems(person, nearItems, today, lookahead);
    // Evaluation answers are not in the city-wide counts: the person's own come from their (few) items.
    const lateAnswers = near.filter((x) => x.state === "overdue" && x.item.kind === "evaluation");
    const listOf = (state: "due_soon" | "done") => {
      const items = near.filter((x) => x.state === state);
      return { count: items.length, items: items.slice(0, INBOX_SHOWN) };
    };
    const lists = {
      overdue: { count: myOverdue.count + lateAnswers.length, items: [...myOverdue.items, ...lateAnswers].sort(byUrgency).slice(0, INBOX_SHOWN) },
      due_soon: listOf("due_soon"),
      done: listOf("done"),
    };
    return {
      inbox: describeInbox({ lists, overview, unitNames, today, locale, t: tReminders }),
      unitName: user.unitId ? unitNames.get(user.unitId) : undefined,
    };
  });
  const unit = unitName ? { name: unitName } : undefined;
  const abilities = [
    can(user.role, "internal.read") && t("capRead"),
    can(user.role, "strategy.editOwn") && !can(user.role, "strategy.manage") && t("capEdit"),
    can(user.role, "strategy.manage") && t("capManage"),
    can(user.role, "content.publish") && t("capPublish"),
    can(user.role, "users.manage") && t("capUsers"),
  ].filter((x): x is string => Boolean(x));
  return (
    <>
      <h1 className="mb-2 text-heading-l font-bold">{t("welcome", { name: user.name })}</h1>
      <p>{t("yourRole", { role: tRoles(user.role) })}</p>
      {unit ? <p>{t("unit", { unit: pick(unit.name, locale) })}</p> : null}
      <Inbox content={inbox} lookahead={lookahead} locale={locale} />
      <h2 id="can-do" className="mt-8 mb-2 text-heading-s font-bold">
        {t("canDo")}
      </h2>
      <ul aria-labelledby="can-do" className="list-disc pl-6">
        {abilities.map((a) => (
          <li key={a}>{a}</li>
        ))}
      </ul>
      <h2 className="mt-8 mb-2 text-heading-s font-bold">{t("areas")}</h2>
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {staffAreas
          .filter((area) => can(user.role, area.requires))
          .map((area) => (
            <li key={area.key} className="border-2 border-line p-4">
              <Link href={area.href} className="text-heading-xs font-bold">
                {tAreas(`${area.key}.title`)}
              </Link>
              <p>{tAreas(`${area.key}.description`)}</p>
            </li>
          ))}
      </ul>
    </>
  );
}
