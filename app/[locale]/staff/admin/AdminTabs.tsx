import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";

export async function AdminTabs({ current }: { current: "users" | "units" | "feedback" }) {
  const t = await getTranslations("admin");
  const tFeedback = await getTranslations("feedbackAdmin");
  const tabs = [
    { key: "users", href: "/staff/admin", label: t("users") },
    { key: "units", href: "/staff/admin/units", label: t("units") },
    { key: "feedback", href: "/staff/admin/feedback", label: tFeedback("title") },
  ] as const;
  return (
    <nav aria-label={t("title")} className="mb-6">
      <ul className="flex gap-6">
        {tabs.map((tab) => (
          <li key={tab.key}>
            <Link href={tab.href} aria-current={tab.key === current ? "page" : undefined} className={tab.key === current ? "font-bold" : undefined}>
              {tab.label}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
