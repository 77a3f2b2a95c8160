// use-intl/core (next-intl's own core) works outside React, also under the react-server condition of `npm run reminders`.
import { createTranslator } from "use-intl/core";
import type { LocalizedText } from "@/db/schema/common";
import { pick } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import type { DigestContent, OverviewItem, PersonalItem } from "./assign";
import { describeItem, type Translate } from "./describe";

/** At most this many city-wide items in one e-mail; the rest are counted and found on the start page. */
export const OVERVIEW_LIMIT_IN_EMAIL = 50;

export type DigestMessage = { subject: string; text: string; html: string };

export type RenderInput = {
  name: string;
  locale: Locale;
  frequency: "weekly" | "daily";
  content: DigestContent;
  today: string;
  /** The app's public base URL, without a trailing slash. */
  baseUrl: string;
  unitNames: Map<string, LocalizedText>;
};

/** The digest e-mail in the recipient's language: a plain-text part and an HTML part with the same content. */
export async function renderDigest(input: RenderInput): Promise<DigestMessage> {
  const messages = await loadMessages(input.locale);
  const t = createTranslator({ locale: input.locale, messages, namespace: "reminders" }) as unknown as Translate;
  const te = createTranslator({ locale: input.locale, messages, namespace: "remindersEmail" }) as unknown as Translate;
  const { locale, content, today, baseUrl } = input;
  const link = (href: string) => `${baseUrl}/${locale}${href}`;
  const unitOf = (unitId: string | null) => (unitId && input.unitNames.get(unitId) ? pick(input.unitNames.get(unitId), locale) : t("noUnit"));

  type Line = { kind: string; title: string; context: string | null; when: string; url: string; extra: string | null };
  const personal = (x: PersonalItem): Line => ({ ...describeItem(x, locale, today, t), url: link(x.item.href), extra: x.relation === "unit" ? t("viaUnit") : null });
  const overview = (x: OverviewItem): Line => ({ ...describeItem(x, locale, today, t), url: link(x.item.href), extra: `${t("unit")}: ${unitOf(x.item.owners.unitId)}` });

  const sections: { heading: string; count?: string; lines: Line[]; more: number }[] = [];
  const overdue = content.mine.filter((x) => x.state === "overdue").map(personal);
  const soon = content.mine.filter((x) => x.state === "due_soon").map(personal);
  if (overdue.length) sections.push({ heading: t("overdue"), lines: overdue, more: 0 });
  if (soon.length) sections.push({ heading: t("dueSoon"), lines: soon, more: 0 });
  if (content.overview.length) {
    sections.push({
      heading: t("overviewTitle"),
      count: t("overviewCount", { count: content.overview.length }),
      lines: content.overview.slice(0, OVERVIEW_LIMIT_IN_EMAIL).map(overview),
      more: Math.max(0, content.overview.length - OVERVIEW_LIMIT_IN_EMAIL),
    });
  }

  const subject = te("subject", { count: content.count });
  const greeting = te("greeting", { name: input.name });
  const intro = te(input.frequency === "daily" ? "introDaily" : "introWeekly");
  const footer = te("footer", { frequency: input.frequency });
  const settingsUrl = link("/staff/profile");
  const startUrl = link("/staff");

  const lineText = (l: Line) => `- ${l.kind}: ${l.title}${l.context ? ` (${l.context})` : ""} – ${l.when}${l.extra ? ` – ${l.extra}` : ""}\n  ${l.url}`;
  const text = [
    greeting,
    "",
    intro,
    ...sections.flatMap((s) => ["", `${s.heading.toUpperCase()}${s.count ? ` (${s.count})` : ""}`, ...s.lines.map(lineText), ...(s.more ? [t("overviewMore", { count: s.more }), `  ${startUrl}`] : [])]),
    "",
    "-- ",
    footer,
    settingsUrl,
    te("signature"),
    "",
  ].join("\n");

  const e = escapeHtml;
  const lineHtml = (l: Line) =>
    `<li style="margin:0 0 12px 0"><strong>${e(l.kind)}:</strong> <a href="${e(l.url)}" style="color:#0000bf">${e(l.title)}</a>` +
    `${l.context ? ` <span style="color:#555">(${e(l.context)})</span>` : ""}<br>${e(l.when)}${l.extra ? ` · ${e(l.extra)}` : ""}</li>`;
  const html = [
    `<!DOCTYPE html><html lang="${locale}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width"><title>${e(subject)}</title></head>`,
    `<body style="font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1a1a1a;max-width:640px;margin:0 auto;padding:16px">`,
    `<p>${e(greeting)}</p><p>${e(intro)}</p>`,
    ...sections.map(
      (s) =>
        `<h2 style="font-size:20px;margin:24px 0 8px 0">${e(s.heading)}${s.count ? ` (${e(s.count)})` : ""}</h2><ul style="padding-left:20px;margin:0">${s.lines.map(lineHtml).join("")}</ul>` +
        (s.more ? `<p><a href="${e(startUrl)}" style="color:#0000bf">${e(t("overviewMore", { count: s.more }))}</a></p>` : ""),
    ),
    `<hr style="border:0;border-top:1px solid #ccc;margin:24px 0"><p style="font-size:14px;color:#555">${e(footer)} <a href="${e(settingsUrl)}" style="color:#0000bf">${e(settingsUrl)}</a></p>`,
    `<p style="font-size:14px;color:#555">${e(te("signature"))}</p></body></html>`,
  ].join("\n");
  return { subject, text, html };
}

export function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;").replace(/'/g, "&#39;");
}
