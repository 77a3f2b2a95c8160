import { createTranslator } from "next-intl";
import { describe, expect, it, vi } from "vitest";
import { describeInbox, Inbox } from "@/components/reminders/Inbox";
import { loadMessages } from "@/lib/i18n/messages";
import type { PersonalItem } from "@/lib/reminders/assign";
import { describeItem, type Translate } from "@/lib/reminders/describe";
import type { ReminderItem } from "@/lib/reminders/items";
import { renderHtml, renderLocale } from "../helpers/render";

vi.mock("next-intl/server", async () => (await import("../helpers/render")).translationsMock());
vi.mock("@/lib/i18n/navigation", async () => (await import("../helpers/render")).navigationMock());

const TODAY = "2026-03-10";
const item = (n: number, over: Partial<ReminderItem> = {}): ReminderItem => ({
  key: `milestone:${n}`,
  kind: "milestone",
  title: { fi: `Välitavoite ${n}`, sv: `Delmål ${n}`, en: `Milestone ${n}` },
  context: { fi: "Mitta", sv: "Åtgärd", en: "Measure" },
  due: "2026-03-01",
  duePrecision: "day",
  done: false,
  doneOn: null,
  href: `/staff/strategy/measures/m${n}#milestones`,
  owners: { userIds: [], unitId: "u1" },
  capability: "strategy.editOwn",
  internal: true,
  calendar: true,
  ...over,
});

// The start page keeps the inbox written out (describeInbox) with the reads it comes from; the page only lays the lines out.
describe("the start page's inbox, written out once", () => {
  it("has the digest's words for each line, links in the page's language, and counts beyond the lines shown", async () => {
    renderLocale.current = "sv";
    const t = createTranslator({ locale: "sv", messages: await loadMessages("sv"), namespace: "reminders" }) as unknown as Translate;
    const overdue: PersonalItem[] = Array.from({ length: 25 }, (_, i) => ({ item: item(i), state: "overdue", relation: i % 2 ? "unit" : "contact" }));
    const soon: PersonalItem = { item: item(99, { due: "2026-03-12" }), state: "due_soon", relation: "contact" };
    const content = describeInbox({
      lists: { overdue: { count: 40, items: overdue }, due_soon: { count: 1, items: [soon] }, done: { count: 0, items: [] } },
      overview: { count: 3, items: [{ item: item(50, { owners: { userIds: [], unitId: "u1" } }), state: "overdue" }] },
      unitNames: new Map([["u1", { fi: "Yksikkö", sv: "Enheten", en: "The unit" }]]),
      today: TODAY,
      locale: "sv",
      t,
    });
    expect(content.lists.overdue.rows).toHaveLength(20);
    expect(content.lists.overdue.count).toBe(40);
    const first = content.lists.overdue.rows[0]!;
    const words = describeItem(overdue[0]!, "sv", TODAY, t);
    expect(first).toMatchObject({ key: "milestone:0", href: "/sv/staff/strategy/measures/m0#milestones", kind: words.kind, title: "Delmål 0", context: "Åtgärd", when: words.when, extra: null });
    expect(content.lists.overdue.rows[1]!.extra).toBe(t("viaUnit"));
    expect(content.overview!.rows[0]!.extra).toBe(`${t("unit")}: Enheten`);

    const html = await renderHtml(await Inbox({ content, lookahead: 14, locale: "sv" }));
    expect(html).toContain('href="/sv/staff/strategy/measures/m0#milestones"');
    expect(html).toContain(words.when);
    expect(html).toContain(t("overviewMore", { count: 20 }));
    expect(html).toContain('href="/sv/staff/profile"');
  });
});
