import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

const items = [
  { key: "measures", href: "/staff/strategy" },
  { key: "tree", href: "/staff/strategy/tree" },
  { key: "indicators", href: "/staff/strategy/indicators" },
  { key: "rounds", href: "/staff/strategy/rounds" },
] as const;

/** The strategy area's own sections. */
export async function StrategySubnav({ current }: { current: (typeof items)[number]["key"] }) {
  const t = await getTranslations("strategyNav");
  return (
    <nav aria-label={t("label")} className="mb-4">
      <ul className="flex flex-wrap gap-x-5 gap-y-1">
        {items.map((i) => (
          <li key={i.key}>
            <Link href={i.href} aria-current={i.key === current ? "page" : undefined} className={i.key === current ? "font-bold text-ink" : undefined}>
              {t(i.key)}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
