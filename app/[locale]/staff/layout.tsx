import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { requirePage } from "@/lib/auth/guards";

/** Everything under /staff needs a staff role; each page checks its own capability too. */
export default async function StaffLayout({ children, params }: { children: React.ReactNode; params: Promise<{ locale: string }> }) {
  const { locale } = await params;
  await requirePage(locale, "staff.view", "/staff");
  // Staff forms are client components that need every area's strings.
  const messages = await getMessages();
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}
