import { createTranslator } from "next-intl";
import { loadMessages } from "@/lib/i18n/messages";
import { isLocale } from "@/lib/i18n/routing";
import { getDb } from "@/db/client";
import { publishedReportById } from "@/db/queries/strategy/report-read";
import { byGeneration } from "@/lib/public/memo";
import { publicReport } from "@/lib/public/content";
import { renderReportPdf } from "@/lib/strategy/report-pdf";

/**
 * A published follow-up report as a PDF, in the language of the path. Only
 * published rounds have one (a draft, open or closed round is a 404, as on
 * the page): the file is drawn from the frozen report, never from the
 * measures' current text.
 */
export async function GET(request: Request, { params }: { params: Promise<{ locale: string; id: string }> }) {
  const { locale: raw, id } = await params;
  const locale = isLocale(raw) ? raw : "fi";
  const t = createTranslator({ locale, messages: await loadMessages(locale), namespace: "publicReport" }) as unknown as (key: string) => string;
  const found = isLocale(raw) && /^[0-9a-f-]{36}$/i.test(id) ? await publicReport(id) : null;
  if (!found) return new Response(t("pdfNotFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale, "Cache-Control": "no-store" } });
  const compress = new URL(request.url).searchParams.get("compress") !== "0";
  // Drawn once per change (a report of 5 000 measures is hundreds of pages) and shared by every reader of this process.
  const pdf = await byGeneration(`report-pdf:${id}:${locale}:${compress}`, async () => {
    const report = await publishedReportById(await getDb(), id);
    return report ? renderReportPdf(report, { locale, publishedAt: found.publishedAt, compress, now: found.publishedAt ? new Date(found.publishedAt) : undefined }) : null;
  });
  if (!pdf) return new Response(t("pdfNotFound"), { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8", "Content-Language": locale, "Cache-Control": "no-store" } });
  return new Response(new Uint8Array(pdf), {
    headers: {
      "Content-Type": "application/pdf",
      "Content-Disposition": `inline; filename="${t("pdfFilename")}-${found.cutOffDate}-${locale}.pdf"`,
      "Content-Length": String(pdf.length),
      "Content-Language": locale,
      "Cache-Control": "public, max-age=300",
    },
  });
}
