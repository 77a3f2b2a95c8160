/**
 * The page shown while the database does not answer: a clean 503 with no
 * details, in the page's language, that reloads itself every 10 seconds.
 * Plain HTML with no script, so the CSP needs nothing for it.
 */
const texts = {
  fi: { lang: "fi", title: "Palvelu on hetkellisesti poissa käytöstä", body: "Tietokantaan ei juuri nyt saada yhteyttä. Sivu latautuu uudelleen itsestään; mitään tallennettua ei ole kadonnut." },
  sv: { lang: "sv", title: "Tjänsten är tillfälligt ur bruk", body: "Databasen kan inte nås just nu. Sidan laddas om av sig själv; inget som sparats har gått förlorat." },
  en: { lang: "en", title: "The service is temporarily unavailable", body: "The database cannot be reached right now. The page reloads by itself; nothing that was saved has been lost." },
} as const;

export const RETRY_AFTER_SECONDS = 10;

export function unavailableResponse(pathname: string, csp?: string): Response {
  const locale = pathname.split("/")[1];
  const t = locale === "sv" || locale === "en" ? texts[locale] : texts.fi;
  const html = `<!doctype html><html lang="${t.lang}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1"><meta http-equiv="refresh" content="${RETRY_AFTER_SECONDS}"><title>${t.title} – Helsinki</title></head><body style="font-family:Arial,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem"><main><h1>${t.title}</h1><p>${t.body}</p></main></body></html>`;
  const headers: Record<string, string> = {
    "Content-Type": "text/html; charset=utf-8",
    "Cache-Control": "no-store",
    "Retry-After": String(RETRY_AFTER_SECONDS),
  };
  if (csp) headers["Content-Security-Policy"] = csp;
  return new Response(html, { status: 503, headers });
}
