import { getTranslations } from "next-intl/server";
import { getDb } from "@/db/client";
import { publicContactsOf, type PublicContactEntity } from "@/db/queries/public/contacts";
import type { Locale } from "@/lib/i18n/routing";
import { LocalizedText } from "@/components/public/LocalizedText";

/** "Whom to ask": the people who chose to be shown as the item's public contact. Nothing is shown without that choice. */
export async function PublicContacts({ entityType, id, locale }: { entityType: PublicContactEntity; id: string; locale: Locale }) {
  const contacts = await publicContactsOf(await getDb(), entityType, id);
  if (!contacts.length) return null;
  const t = await getTranslations("publicContact");
  return (
    <section aria-labelledby="public-contacts" className="mb-8" data-testid="public-contacts">
      <h2 id="public-contacts" className="mb-2 text-heading-m font-bold">
        {t("heading")}
      </h2>
      <ul className="flex flex-col gap-3">
        {contacts.map((c) => (
          <li key={`${c.name}-${c.email ?? ""}`}>
            <p className="font-semibold">{c.name}</p>
            {c.title ? <LocalizedText as="p" text={c.title} locale={locale} /> : null}
            {c.unit ? <LocalizedText as="p" text={c.unit} locale={locale} /> : null}
            {c.email ? (
              <p>
                <a href={`mailto:${c.email}`}>{c.email}</a>
              </p>
            ) : null}
          </li>
        ))}
      </ul>
    </section>
  );
}
