import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** `lang` when the label is a content text shown in another language than the page's (see `langOf`). */
export type Crumb = { label: string; href?: string; lang?: string };

/**
 * Where the page sits on the public site: Home › … › this page. The last
 * item is the current page (not a link). Used by every public page.
 */
export async function Breadcrumbs({ items }: { items: Crumb[] }) {
  const t = await getTranslations("nav");
  const trail: Crumb[] = [{ label: t("home"), href: "/" }, ...items];
  return (
    <nav aria-label={t("breadcrumbs")} className="mb-6 text-body-s">
      <ol className="flex flex-wrap items-center gap-x-2 gap-y-1">
        {trail.map((c, i) => {
          const last = i === trail.length - 1;
          return (
            <li key={`${i}-${c.label}`} className="flex items-center gap-2">
              {last || !c.href ? (
                <span aria-current={last ? "page" : undefined} className={last ? "font-semibold" : undefined} lang={c.lang}>
                  {c.label}
                </span>
              ) : (
                <Link href={c.href} lang={c.lang}>
                  {c.label}
                </Link>
              )}
              {last ? null : (
                <span aria-hidden="true" className="text-muted">
                  ›
                </span>
              )}
            </li>
          );
        })}
      </ol>
    </nav>
  );
}
