import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

/** Breadcrumbs: a labelled navigation list; the last item is the current page. */
export async function Breadcrumbs({ items }: { items: { href?: string; label: string }[] }) {
  const t = await getTranslations("nav");
  return (
    <nav aria-label={t("breadcrumbs")} className="mb-4 text-body-s">
      <ol className="flex flex-wrap items-center gap-x-2">
        {items.map((item, i) => (
          <li key={`${i}-${item.label}`} className="flex items-center gap-x-2">
            {i > 0 ? <span aria-hidden="true">›</span> : null}
            {item.href && i < items.length - 1 ? <Link href={item.href}>{item.label}</Link> : <span aria-current="page">{item.label}</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
