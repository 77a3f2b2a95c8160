import { getTranslations } from "next-intl/server";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can, canAny, type Actor } from "@/lib/permissions";

/** The EU funding area's own menu: portfolio, projects, new project, import, export, programmes. */
export async function FundingNav({ user, current, locale }: { user: Actor; current: "portfolio" | "projects" | "new" | "import" | "programmes" | "other"; locale: Locale }) {
  const t = await getTranslations("funding.nav");
  const items = [
    { key: "portfolio", href: "/staff/funding", label: t("portfolio"), show: true },
    { key: "projects", href: "/staff/funding/projects", label: t("projects"), show: true },
    { key: "new", href: "/staff/funding/projects/new", label: t("new"), show: canAny(user.role, ["funding.manage", "funding.editOwn"]) },
    { key: "import", href: "/staff/funding/import", label: t("import"), show: can(user.role, "funding.manage") },
    { key: "programmes", href: "/staff/funding/programmes", label: t("programmes"), show: true },
  ];
  return (
    <nav aria-label={t("label")} className="mb-8 flex flex-wrap items-center gap-x-6 gap-y-2 border-b border-line pb-3">
      {items
        .filter((i) => i.show)
        .map((i) => (
          <Link key={i.key} href={i.href} aria-current={current === i.key ? "page" : undefined} className={current === i.key ? "font-bold no-underline" : ""}>
            {i.label}
          </Link>
        ))}
      {can(user.role, "export.read") ? (
        <span className="flex gap-4">
          <a href={`/api/funding/export?format=csv&locale=${locale}`} download>{t("exportCsv")}</a>
          <a href={`/api/funding/export?format=xlsx&locale=${locale}`} download>{t("exportXlsx")}</a>
        </span>
      ) : null}
    </nav>
  );
}
