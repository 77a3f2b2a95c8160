import { locales } from "@/lib/i18n/routing";

type Labels = { title: string; pdf: string; html: string; help: string };

/** Each language by its own name, marked with its language for screen readers. */
const endonyms = { fi: "suomi", sv: "svenska", en: "English" } as const;

/** Links to the PDF and the printable briefing in each language, with the dashboard's filters. */
export function BriefingDownloads({ query, labels }: { query: string; labels: Labels }) {
  const q = query ? `?${query}` : "";
  return (
    <section aria-labelledby="briefing-downloads" className="mb-8 border-l-4 border-bus bg-bus-light p-4">
      <h2 id="briefing-downloads" className="mb-1 text-heading-xs font-bold">
        {labels.title}
      </h2>
      <p className="mb-2 text-body-s">{labels.help}</p>
      <dl className="grid gap-2 sm:grid-cols-[auto_1fr]">
        <dt className="font-semibold">{labels.pdf}</dt>
        <dd>
          <ul className="flex flex-wrap gap-x-4">
            {locales.map((l) => (
              <li key={l}>
                <a href={`/${l}/staff/dashboard/briefing.pdf${q}`} hrefLang={l} type="application/pdf" download>
                  <span lang={l}>{endonyms[l]}</span> (PDF)
                </a>
              </li>
            ))}
          </ul>
        </dd>
        <dt className="font-semibold">{labels.html}</dt>
        <dd>
          <ul className="flex flex-wrap gap-x-4">
            {locales.map((l) => (
              <li key={l}>
                <a href={`/${l}/staff/dashboard/briefing${q}`} hrefLang={l}>
                  <span lang={l}>{endonyms[l]}</span>
                </a>
              </li>
            ))}
          </ul>
        </dd>
      </dl>
    </section>
  );
}
