import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const sections = [
  { key: "registry", href: "/staff/networks" },
  { key: "portfolio", href: "/staff/networks/portfolio" },
  { key: "reviews", href: "/staff/networks/reviews" },
  { key: "transfer", href: "/staff/networks/transfer" },
] as const;

/** The networks area's own menu. */
export async function NetworksNav({ current }: { current: (typeof sections)[number]["key"] }) {
  const t = await getTranslations("networks");
  return (
    <nav aria-label={t("nav.label")} className="mb-6 border-b-2 border-line">
      <ul className="flex flex-wrap gap-x-6">
        {sections.map((s) => (
          <li key={s.key}>
            <Link
              href={s.href}
              aria-current={s.key === current ? "page" : undefined}
              className={`inline-block py-2 ${s.key === current ? "border-b-4 border-bus font-bold" : ""}`}
            >
              {t(`nav.${s.key}`)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
