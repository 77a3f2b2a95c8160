import type { Metadata } from "next";
import { Section } from "@/components/ui/Section";
import { Table } from "@/components/ui/Table";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { Breadcrumbs } from "@/components/public/Breadcrumbs";
import { pick } from "@/lib/i18n/localized";
import type { Locale } from "@/lib/i18n/routing";
import { embedAllowedOrigins } from "@/lib/embed-origins";
import { documented } from "@/lib/open-data/openapi";
import { LICENSE } from "@/lib/open-data/respond";
import { currentPeriod, publicStrategy } from "@/lib/public/content";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "openData" });
  return { title: t("title") };
}

const API = "/api/public/v1";

/** The open data's documentation for people: what there is, the licence, how to use it, how to embed the progress views. */
export default async function OpenDataPage({ params }: { params: Promise<{ locale: Locale }> }) {
  const { locale } = await params;
  setRequestLocale(locale);
  const t = await getTranslations("openData");
  const data = await publicStrategy();
  const period = currentPeriod(data.periods);
  const goal = data.goals.find((g) => g.periodId === period?.id) ?? data.goals[0];
  // Absolute addresses only where the site's address is configured; the page is the same for every reader.
  const origin = (process.env.APP_URL ?? process.env.AUTH_URL ?? "").replace(/\/+$/, "");
  const hosts = embedAllowedOrigins().filter((o) => o !== "'self'");
  return (
    <>
      <Breadcrumbs items={[{ label: t("title") }]} />
      <h1 className="mb-4 text-heading-xl font-bold">{t("title")}</h1>
      <p className="mb-8 max-w-3xl text-body-l">{t("lead")}</p>

      <Section id="license-title" className="mb-10 max-w-3xl" title={t("license.title")}>
        <p className="mb-2">
          {t.rich("license.text", { link: (chunks) => <a href={LICENSE.url}>{chunks}</a> })}
        </p>
        <p className="mb-2">{t("license.attribution")}</p>
        <p className="bg-fog-light p-3 font-mono text-body-s">{t("license.example")}</p>
      </Section>

      <Section id="resources-title" className="mb-10" title={t("resources.title")}>
        <p className="mb-4 max-w-3xl">{t("resources.lead", { base: `${origin}${API}` })}</p>
        <Table
          caption={t("resources.caption")}
          className="w-full border-collapse text-left"
          wrapperClassName="overflow-x-auto"
          head={[
            { label: t("resources.name"), className: "py-2 pr-4" },
            { label: t("resources.content"), className: "py-2 pr-4" },
            { label: t("resources.formats"), className: "py-2 pr-4" },
            { label: t("resources.filters"), className: "py-2" },
          ]}
        >
          {Object.entries(documented).map(([name, doc]) => (
            <tr key={name} className="border-b border-line align-top">
              <th scope="row" className="py-2 pr-4 font-mono text-body-s font-normal">
                {name}
              </th>
              <td className="py-2 pr-4">{t(`resources.items.${name}`)}</td>
              <td className="py-2 pr-4">
                <a href={`${API}/${name}`} aria-label={t("resources.jsonOf", { name })}>
                  JSON
                </a>{" "}
                ·{" "}
                <a href={`${API}/${name}.csv`} aria-label={t("resources.csvOf", { name })}>
                  CSV
                </a>
              </td>
              <td className="py-2 font-mono text-body-s">{Object.keys(doc.filters).join(", ") || "–"}</td>
            </tr>
          ))}
        </Table>
        <ul className="mt-4 list-disc pl-6">
          <li>
            <a href={`${API}/openapi.json`}>{t("resources.openapi")}</a>
          </li>
          <li>
            <a href={API}>{t("resources.index")}</a>
          </li>
        </ul>
      </Section>

      <Section id="use-title" className="mb-10 max-w-3xl" title={t("use.title")}>
        <ul className="mb-4 list-disc pl-6">
          <li>{t("use.published")}</li>
          <li>{t("use.languages")}</li>
          <li>{t("use.filters")}</li>
          <li>{t("use.caching")}</li>
          <li>{t("use.versioning")}</li>
        </ul>
        {goal ? (
          <>
            <p className="mb-1">{t("use.example")}</p>
            <pre tabIndex={0} role="region" aria-label={t("use.exampleLabel")} className="overflow-x-auto bg-fog-light p-3 text-body-s">
              <code>{`curl "${origin}${API}/measures?goal=${goal.id}&status=late"\ncurl -o measures.csv "${origin}${API}/measures.csv"`}</code>
            </pre>
          </>
        ) : null}
      </Section>

      <Section id="embed-title" className="mb-10 max-w-3xl" title={t("embed.title")}>
        <p className="mb-2">{t("embed.lead")}</p>
        <p className="mb-4">{hosts.length ? t("embed.hosts", { hosts: hosts.join(", ") }) : t("embed.noHosts")}</p>
        {goal ? (
          <>
            <p className="mb-1">{t("embed.example", { name: pick(goal.title, locale) })}</p>
            <pre tabIndex={0} role="region" aria-label={t("embed.exampleLabel")} className="overflow-x-auto bg-fog-light p-3 text-body-s">
              <code>{`<iframe src="${origin}/embed/${locale}/goals/${goal.id}"\n  title="${t("embed.frameTitle", { name: pick(goal.title, locale) })}"\n  width="100%" height="480" style="border:0" loading="lazy"></iframe>`}</code>
            </pre>
            <p className="mt-2">{t("embed.priorities")}</p>
          </>
        ) : null}
      </Section>
    </>
  );
}
