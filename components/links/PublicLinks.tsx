import { getTranslations } from "next-intl/server";
import { DemoBadge } from "@/components/public/DemoNotice";
import type { LocalizedText } from "@/db/schema/common";
import { pickWithLang } from "@/lib/i18n/localized";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import type { PublicLinkKind } from "@/lib/links/kinds";

type Item = { kind: PublicLinkKind; id: string; title: LocalizedText; href: string; isDemo: boolean };

/** A linked item's title with its language (see LocalizedText); a long ask wording is cut. */
function Title({ title, locale }: { title: LocalizedText; locale: Locale }) {
  const { value, lang } = pickWithLang(title, locale);
  const text = value || "?";
  return <span lang={lang === locale ? undefined : lang}>{text.length > 160 ? `${text.slice(0, 157)}…` : text}</span>;
}

/** What carries a measure (or a priority's measures) out, public items only, grouped by kind. Nothing when there is none. */
export async function PublicLinkedItems({ items, heading, locale }: { items: Item[]; heading: "publicTitle" | "publicPriority"; locale: Locale }) {
  if (!items.length) return null;
  const t = await getTranslations("links");
  const kinds = [...new Set(items.map((i) => i.kind))];
  return (
    <section aria-labelledby="carried-by" className="mb-10" data-testid="public-links">
      <h2 id="carried-by" className="mb-3 text-heading-m font-bold">{t(heading)}</h2>
      {kinds.map((kind) => (
        <div key={kind} className="mb-4">
          <h3 className="mb-1 text-heading-xs font-bold">{t(`kindsPlural.${kind}`)}</h3>
          <ul className="list-disc pl-6">
            {items
              .filter((i) => i.kind === kind)
              .map((i) => (
                <li key={i.id}>
                  <Link href={i.href}>
                    <Title title={i.title} locale={locale} />
                  </Link>
                  <DemoBadge show={i.isDemo} />
                </li>
              ))}
          </ul>
        </div>
      ))}
    </section>
  );
}

/** The public measures an EU project or network serves, with how many there are. Nothing when there is none. */
export async function PublicLinkedMeasures({ items, total, locale }: { items: { id: string; title: LocalizedText; isDemo: boolean }[]; total: number; locale: Locale }) {
  if (!items.length) return null;
  const t = await getTranslations("links");
  return (
    <section aria-labelledby="serves-measures" className="mb-10" data-testid="public-linked-measures">
      <h2 id="serves-measures" className="mb-3 text-heading-m font-bold">{t("publicMeasures")}</h2>
      <ul className="list-disc pl-6">
        {items.map((m) => (
          <li key={m.id}>
            <Link href={`/measures/${m.id}`}>
              <Title title={m.title} locale={locale} />
            </Link>
            <DemoBadge show={m.isDemo} />
          </li>
        ))}
      </ul>
      {total > items.length ? <p className="mt-2 text-body-s">{t("more", { shown: items.length, total })}</p> : null}
    </section>
  );
}
