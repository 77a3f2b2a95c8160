import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { pickNamespaces, staffClientNamespaces } from "@/lib/i18n/client-namespaces";
import { staffAreas } from "@/lib/navigation";
import { can } from "@/lib/permissions";
import { StaffNav } from "./StaffNav";

/**
 * What every staff page is inside: a staff role is needed (each page checks
 * its own capability too) and the staff areas' menu. `clientStrings`: the
 * strings of the staff client components (forms, filters…) go to the
 * browser; the printable pages (app/[locale]/(print)) have no such
 * components and leave them out (~58 kB of every page).
 */
export async function StaffShell({ locale, clientStrings, children }: { locale: string; clientStrings: boolean; children: React.ReactNode }) {
  const user = await requirePage(locale, "staff.view");
  const [tAreas, tStaff] = await Promise.all([getTranslations("areas"), getTranslations("staff")]);
  const items = [
    { href: "/staff", title: tStaff("title") },
    ...staffAreas.filter((a) => can(user.role, a.requires)).map((a) => ({ href: a.href, title: tAreas(`${a.key}.title`) })),
  ];
  const shell = (
    <>
      <StaffNav label={tStaff("title")} items={items} />
      {children}
    </>
  );
  // Only the namespaces the staff client components use go to the browser (lib/i18n/client-namespaces.ts).
  return clientStrings ? <NextIntlClientProvider messages={pickNamespaces(await getMessages(), staffClientNamespaces)}>{shell}</NextIntlClientProvider> : shell;
}
