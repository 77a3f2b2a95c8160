import { getTranslations } from "next-intl/server";
import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import { getPathname } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PersonalItem } from "@/lib/reminders/assign";
import { describeItem, type Translate } from "@/lib/reminders/describe";
import type { ItemState, ReminderItem } from "@/lib/reminders/items";

/** The coordinators' city-wide overdue list as the page reads it (db/queries/reminders/overview.ts): a count and the oldest few. */
export type InboxOverview = { count: number; items: { item: ReminderItem; state: "overdue" }[] };
/** A person's items in one state: how many, and the first (most urgent) of them. */
export type InboxList = { count: number; items: PersonalItem[] };

/** How many of a person's items each group lists (most urgent first); the rest are counted. */
export const INBOX_SHOWN = 20;
/** How many city-wide overdue items are listed (the oldest); the rest are counted. */
export const OVERVIEW_SHOWN = 10;

/** One line of the inbox, written out (the digest's words, describeItem) with its link in the page's language. */
export type InboxRow = { key: string; href: string; kind: string; title: string; context: string | null; when: string; state: ItemState; extra: string | null };
/** The inbox as the page shows it: per state how many and the first rows; for coordinators the city's overdue count and oldest rows. */
export type InboxContent = { lists: Record<ItemState, { count: number; rows: InboxRow[] }>; overview: { count: number; rows: InboxRow[] } | null };

/**
 * The inbox's lines written out once: the same for every request of this
 * person, language and day until the next write, so the start page keeps
 * them with the reads they come from (lib/summary-cache.ts) instead of
 * translating and formatting up to 70 lines on every request (issue 17).
 * `t` is the `reminders` namespace's translator.
 */
export function describeInbox({
  lists,
  overview,
  unitNames,
  today,
  locale,
  t,
}: {
  lists: Record<ItemState, InboxList>;
  overview: InboxOverview | null;
  unitNames: Map<string, LocalizedText>;
  today: string;
  locale: Locale;
  t: Translate;
}): InboxContent {
  const unitOf = (id: string | null) => (id && unitNames.get(id) ? pick(unitNames.get(id), locale) : t("noUnit"));
  const row = (x: PersonalItem | { item: ReminderItem; state: "overdue" }, extra: string | null): InboxRow => {
    const d = describeItem(x, locale, today, t);
    return { key: x.item.key, href: getPathname({ href: x.item.href, locale }), kind: d.kind, title: d.title, context: d.context, when: d.when, state: x.state, extra };
  };
  const list = ({ count, items }: InboxList) => ({ count, rows: items.slice(0, INBOX_SHOWN).map((x) => row(x, x.relation === "unit" ? t("viaUnit") : null)) });
  return {
    lists: { overdue: list(lists.overdue), due_soon: list(lists.due_soon), done: list(lists.done) },
    overview: overview ? { count: overview.count, rows: overview.items.map((x) => row(x, `${t("unit")}: ${unitOf(x.item.owners.unitId)}`)) } : null,
  };
}

/**
 * The start page's inbox: the same items as the digest, derived afresh from
 * the areas' rows, so an item shows as done as soon as the thing itself is.
 * Coordinators also see what is overdue across the city.
 * The page loads the person's items and the overview's count and oldest
 * items (db/queries/reminders), writes them out (describeInbox) and hands
 * them in; each list shows its first few and counts the rest, so the page
 * stays small at any size of city. Its links are plain anchors in the page's
 * language (as the digest's are), not one client component each.
 */
export async function Inbox({ content, lookahead, locale }: { content: InboxContent; lookahead: number; locale: Locale }) {
  const t = (await getTranslations("reminders")) as unknown as Translate;
  const { lists, overview } = content;
  const groups: { state: ItemState; heading: string }[] = [
    { state: "overdue", heading: t("overdue") },
    { state: "due_soon", heading: t("dueSoon") },
    { state: "done", heading: t("recentlyDone") },
  ];
  const row = (r: InboxRow) => (
    <li key={r.key} className="py-2">
      <span className="font-semibold">{r.kind}: </span>
      <a href={r.href} className="text-bus underline">
        {r.title}
      </a>
      {r.context ? <span> ({r.context})</span> : null}
      <br />
      <span className={r.state === "overdue" ? "font-semibold text-error" : undefined}>{r.when}</span>
      {r.state === "done" ? <span className="ml-2 border-2 border-success px-2 text-body-s font-semibold">✓ {t("doneMark")}</span> : null}
      {r.extra ? <span className="text-body-s"> · {r.extra}</span> : null}
    </li>
  );
  return (
    <section aria-labelledby="inbox-heading" className="mt-8 mb-8 border-2 border-line p-4">
      <h2 id="inbox-heading" className="mb-2 text-heading-m font-bold">
        {t("inboxTitle")}
      </h2>
      <p className="mb-4">{t("inboxIntro", { days: lookahead })}</p>
      {Object.values(lists).every((l) => l.count === 0) ? <p>{t("inboxEmpty")}</p> : null}
      {groups.map(({ state, heading }) => {
        const { count, rows } = lists[state];
        if (!count) return null;
        return (
          <div key={state} className="mb-4">
            <h3 id={`inbox-${state}`} className="text-heading-xs font-bold">
              {heading} ({count})
            </h3>
            <ul aria-labelledby={`inbox-${state}`} className="divide-y divide-line">
              {rows.map(row)}
            </ul>
            {count > rows.length ? <p className="mt-2">{t("overviewMore", { count: count - rows.length })}</p> : null}
          </div>
        );
      })}
      {overview ? (
        <div className="mt-6">
          <h3 id="inbox-overview" className="text-heading-xs font-bold">
            {t("overviewTitle")} ({t("overviewCount", { count: overview.count })})
          </h3>
          <p className="text-body-s">{t("overviewIntro")}</p>
          {overview.count === 0 ? <p>{t("overviewEmpty")}</p> : null}
          <ul aria-labelledby="inbox-overview" className="divide-y divide-line">
            {overview.rows.map(row)}
          </ul>
          {overview.count > overview.rows.length ? <p className="mt-2">{t("overviewMore", { count: overview.count - overview.rows.length })}</p> : null}
        </div>
      ) : null}
      <p className="mt-4">
        <a href={getPathname({ href: "/staff/profile", locale })} className="text-bus underline">
          {t("settings")}
        </a>
      </p>
    </section>
  );
}
