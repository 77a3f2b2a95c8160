import { StaffShell } from "@/components/layout/StaffShell";

/** Everything under /staff needs a staff role; each page checks its own capability too. */
export default async function StaffLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  return (
    <StaffShell locale={locale} clientStrings>
      {children}
    </StaffShell>
  );
}
