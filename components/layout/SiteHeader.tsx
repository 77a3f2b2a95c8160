import { headers } from "next/headers";
import { getTranslations } from "next-intl/server";
import { getCurrentUser } from "@/lib/auth/current-user";
import { Link } from "@/lib/i18n/navigation";
import type { Locale } from "@/lib/i18n/routing";
import { can } from "@/lib/permissions";
import { publicSections } from "@/lib/public/sections";
import { LanguageSwitcher } from "./LanguageSwitcher";
import { SignOutButton } from "./SignOutButton";

/** The city's identity, the main navigation, the language switcher and the sign-in state. */
export async function SiteHeader({ locale, signOutAction }: { locale: Locale; signOutAction: () => Promise<void> }) {
  const t = await getTranslations("nav");
  const tApp = await getTranslations("app");
  const tRoles = await getTranslations("roles");
  const tSections = await getTranslations("publicSite.sections");
  const user = await getCurrentUser().catch(() => null);
  // The section the reader is in (the proxy passes the path on): marked in the menu.
  const path = ((await headers()).get("x-pathname") ?? "").split("?")[0]?.replace(/^\/(fi|sv|en)(?=\/|$)/, "") || "/";
  const current = (href: string) => (href === "/" ? path === "/" : path === href || path.startsWith(`${href}/`));
  return (
    <header className="border-b-4 border-bus bg-white">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center justify-between gap-4 px-4 py-3">
        <Link href="/" className="flex items-center gap-3 text-ink no-underline">
          <span aria-hidden="true" className="bg-bus px-2 py-1 text-xl font-bold text-white">
            HEL
          </span>
          <span className="flex flex-col leading-tight">
            <span className="text-body-s">{tApp("city")}</span>
            <span className="text-body-l font-bold">{tApp("name")}</span>
          </span>
        </Link>
        <div className="flex flex-wrap items-center gap-4">
          <LanguageSwitcher current={locale} label={t("language")} />
          {user ? (
            <div className="flex flex-wrap items-center gap-3">
              <span className="text-body-s">
                {t("signedInAs", { name: user.name })} ({tRoles(user.role)})
              </span>
              <SignOutButton label={t("signOut")} action={signOutAction} />
            </div>
          ) : (
            <Link href="/signin" className="btn btn-secondary">
              {t("signIn")}
            </Link>
          )}
        </div>
      </div>
      <nav aria-label={t("main")} className="bg-bus-light">
        <ul className="mx-auto flex max-w-6xl flex-wrap gap-x-6 gap-y-1 px-4 py-2">
          {publicSections.map((section) => (
            <li key={section.key}>
              <Link href={section.href} aria-current={current(section.href) ? "page" : undefined} className={current(section.href) ? "font-bold" : undefined}>
                {tSections(section.key)}
              </Link>
            </li>
          ))}
          {user && can(user.role, "staff.view") ? (
            <li>
              <Link href="/staff">{t("staff")}</Link>
            </li>
          ) : null}
        </ul>
      </nav>
    </header>
  );
}
