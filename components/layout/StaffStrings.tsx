import { NextIntlClientProvider } from "next-intl";
import { getMessages } from "next-intl/server";
import { pickNamespacesOnce, staffNamespaces, type StaffArea } from "@/lib/i18n/client-namespaces";

/**
 * The UI strings the browser gets under /staff: the shell's, and an area's own under that
 * area (lib/i18n/client-namespaces.ts). A nested provider replaces the outer one's strings,
 * so an area's set holds the shell's too.
 */
export async function StaffStrings({ area, children }: { area?: StaffArea; children: React.ReactNode }) {
  const messages = pickNamespacesOnce(await getMessages(), staffNamespaces(area));
  return <NextIntlClientProvider messages={messages}>{children}</NextIntlClientProvider>;
}

/** An area's layout (`export default staffAreaLayout("strategy")`): its pages get the area's strings. */
export function staffAreaLayout(area: StaffArea) {
  return function StaffAreaLayout({ children }: { children: React.ReactNode }) {
    return <StaffStrings area={area}>{children}</StaffStrings>;
  };
}
