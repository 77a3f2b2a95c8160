import { StaffShell } from "@/components/layout/StaffShell";

/**
 * The printable staff pages (the briefing, the funding portfolio's figures):
 * the staff pages' rules and menu, but none of the staff client components'
 * strings, which these pages do not use.
 */
export default async function PrintableStaffLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return <StaffShell locale={locale} clientStrings={false}>{children}</StaffShell>;
}
