import { NextIntlClientProvider } from "next-intl";
import { getMessages, getTranslations } from "next-intl/server";
import { StaffNav } from "@/components/layout/StaffNav";
import { requirePage } from "@/lib/auth/guards";
import { pickNamespaces, staffClientNamespaces } from "@/lib/i18n/client-namespaces";
import { staffAreas } from "@/lib/navigation";
import { can } from "@/lib/permissions";

/** Everything under /staff needs a staff role; each page checks its own capability too. */
export default async function StaffLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  const user = await requirePage(locale, "staff.view");
  const tAreas = await getTranslations("areas");
  const tStaff = await getTranslations("staff");
  // Only the namespaces the staff client components use go to the browser (lib/i18n/client-namespaces.ts).
  const messages = pickNamespaces(await getMessages(), staffClientNamespaces);
  const items = [
    { href: "/staff", title: tStaff("title") },
    ...staffAreas.filter((a) => can(user.role, a.requires)).map((a) => ({ href: a.href, title: tAreas(`${a.key}.title`) })),
  ];
  return (
    <NextIntlClientProvider messages={messages}>
      <StaffNav label={tStaff("title")} items={items} />
      {children}
    </NextIntlClientProvider>
  );
}
