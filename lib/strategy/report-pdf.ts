import "server-only";
import { createTranslator } from "next-intl";
import { palette } from "@/lib/dashboard/model";
import { lowerCaseIn, pick } from "@/lib/i18n/localized";
import { loadMessages } from "@/lib/i18n/messages";
import type { Locale } from "@/lib/i18n/routing";
import { PdfDocument } from "@/lib/pdf/document";
import { PAGE, PdfFlow } from "@/lib/pdf/flow";
import { dejaVuFonts } from "@/lib/pdf/fonts";
import { formatFlexibleDate, type Precision } from "./dates";
import { reportSections, type ReportMeasure, type RoundReport } from "./rounds";

type Translate = (key: string, params?: Record<string, string | number>) => string;

/**
 * A published follow-up report as an A4 PDF, read like the public page:
 * goals → priorities → measures, each with the round's narrative, the status
 * its editor reported next to the one checked against the cut-off date,
 * due date, progress, and the report's date. Demo content is marked as on
 * the page. Text, labels and document metadata in the reader's language
 * (content falls back to Finnish); the fonts embed å ä ö.
 */
export async function renderReportPdf(
  report: RoundReport,
  o: { locale: Locale; publishedAt: string | null; compress?: boolean; now?: Date },
): Promise<Buffer> {
  const { locale } = o;
  const messages = await loadMessages(locale);
  const tr = (namespace: string): Translate => createTranslator({ locale, messages, namespace }) as unknown as Translate;
  const t = tr("publicReport");
  const tStatus = tr("status");
  const tFlags = tr("strategyFlags");
  const tDemo = tr("publicDemo");
  const city = tr("app")("city");
  const name = pick(report.name, locale);
  const period = pick(report.period.name, locale);
  const date = (d: string, precision: Precision = "day") => formatFlexibleDate(d, precision, locale);
  const asOf = t("asOf", { date: date(report.cutOffDate) });

  const doc = new PdfDocument(dejaVuFonts, { title: t("pdfTitle", { name, period }), author: city, subject: `${t("kicker")} · ${asOf}`, lang: locale, compress: o.compress, created: o.now });
  const w = new PdfFlow(doc);
  w.newPage();
  w.paragraph(t("kicker"), 10, palette.muted);
  w.paragraph(name, 20, palette.bus, "bold");
  w.paragraph(period, 12, palette.ink, "bold");
  w.paragraph(o.publishedAt ? `${asOf} · ${t("publishedOn", { date: date(o.publishedAt.slice(0, 10)) })}` : asOf, 9, palette.muted);
  w.y += 4;
  if (report.measures.some((m) => m.isDemo)) {
    const text = [tDemo("text"), ...(locale !== "fi" ? [tDemo("translation")] : [])];
    const lines = text.flatMap((p) => w.lines(p, 8.5, "regular", w.width - 16));
    const h = 22 + lines.length * 8.5 * 1.35 + 8;
    w.ensure(h);
    w.doc.rect(w.left, w.y, w.width, h, { fill: "#fff4b4" });
    w.doc.rect(w.left, w.y, 5, h, { fill: "#b34c00" });
    w.y += 6;
    w.paragraph(tDemo("title"), 10.5, palette.ink, "bold", 12);
    for (const p of text) w.paragraph(p, 8.5, palette.ink, "regular", 12);
    w.y += 6;
  }
  w.paragraph(t("lateNote"), 8.5, palette.muted);

  const measure = (m: ReportMeasure) => {
    const title = pick(m.title, locale) + (m.isDemo ? ` (${tDemo("badge")})` : "");
    const narrative = m.narrative ? pick(m.narrative, locale) : null;
    const late = m.late && m.late.kind !== "reported" && m.status !== "late";
    const note = late && m.late && m.late.kind !== "reported" ? tFlags(m.late.kind === "due" ? "reportedDue" : "reportedMilestone", { status: lowerCaseIn(tStatus(m.status), locale), date: date(m.late.date, m.late.precision) }) : null;
    const facts = [`${tStatus(m.checkedStatus)}${note ? ` (${note})` : ""}`, ...(m.dueDate ? [t("due", { date: date(m.dueDate, m.duePrecision) })] : []), `${t("progress")} ${m.progress} %`];
    // Keep a measure's title and its first lines together.
    w.ensure(60);
    const top = w.y;
    w.paragraph(title, 10.5, palette.ink, "bold", 10);
    w.paragraph(facts.join(" · "), 8.5, m.checkedStatus === "late" ? palette.brick : palette.ink, m.checkedStatus === "late" ? "bold" : "regular", 10);
    // Progress as a bar (its number is in the line above).
    w.ensure(10);
    w.doc.rect(w.left + 10, w.y, 120, 5, { fill: palette.silver });
    if (m.progress > 0) w.doc.rect(w.left + 10, w.y, (120 * Math.min(100, m.progress)) / 100, 5, { fill: palette.tram });
    w.y += 10;
    if (narrative) w.paragraph(narrative, 9.5, palette.ink, "regular", 10);
    else w.paragraph(t("noNarrative"), 9.5, palette.muted, "regular", 10);
    w.paragraph(asOf, 7.5, palette.muted, "regular", 10);
    // The bar at the left of the entry, on the part of it that is on this page.
    const from = w.y > top ? top : PAGE.header;
    w.doc.rect(w.left, from, 3, w.y - from - 4, { fill: palette.bus });
    w.y += 6;
  };

  for (const g of report.goals) {
    const sections = reportSections(report, g.id);
    if (!sections.priorities.some((p) => p.measures.length) && !sections.other.length) continue;
    w.ensure(120);
    w.y += 6;
    w.doc.rect(w.left, w.y, w.width, 3, { fill: palette.bus });
    w.y += 9;
    w.paragraph(pick(g.title, locale), 15, palette.ink, "bold");
    if (g.description) w.paragraph(pick(g.description, locale), 9.5);
    for (const { priority, measures } of sections.priorities) {
      if (!measures.length) continue;
      w.ensure(90);
      w.y += 4;
      w.paragraph(pick(priority.title, locale), 12.5, palette.ink, "bold");
      for (const m of measures) measure(m);
    }
    if (sections.other.length) {
      w.ensure(90);
      w.paragraph(t("otherMeasures"), 12.5, palette.ink, "bold");
      for (const m of sections.other) measure(m);
    }
  }

  for (let i = 0; i < doc.pageCount; i++) {
    doc.switchToPage(i);
    doc.rect(0, 0, doc.width, 40, { fill: palette.bus });
    doc.text(city, PAGE.margin, 12, { font: "bold", size: 13, color: "#ffffff" });
    doc.text(`${name} — ${period}`, PAGE.margin + 160, 15, { size: 8.5, color: "#ffffff", width: doc.width - 2 * PAGE.margin - 160, align: "right" });
    const y = doc.height - PAGE.footer + 10;
    doc.line(PAGE.margin, y - 6, doc.width - PAGE.margin, y - 6, { color: palette.silver, width: 0.75 });
    doc.text(asOf, PAGE.margin, y, { size: 7.5, color: palette.muted });
    doc.text(t("pdfPage", { page: i + 1, pages: doc.pageCount }), PAGE.margin, y, { size: 7.5, color: palette.muted, width: doc.width - 2 * PAGE.margin, align: "right" });
  }
  return doc.end();
}
