import { getTranslations } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";
import { staffAreas } from "@/lib/navigation";
import { can } from "@/lib/permissions";
import { StaffNav } from "./StaffNav";
import { StaffStrings } from "./StaffStrings";

/**
 * What every staff page is inside: a staff role is needed (each page checks
 * its own capability too) and the staff areas' menu. `clientStrings`: the
 * shell's strings go to the browser, and each area's layout adds its own
 * (`staffAreaLayout`, lib/i18n/client-namespaces.ts); the printable pages
 * (app/[locale]/(print)) have no client components and leave them out.
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
  return clientStrings ? <StaffStrings>{shell}</StaffStrings> : shell;
}
