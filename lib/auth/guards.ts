import "server-only";
import { redirect } from "next/navigation";
import { can, type Actor, type Capability } from "@/lib/permissions";
import { getCurrentUser } from "./current-user";

/**
 * For pages: the signed-in person if they hold the capability. Signed-out
 * people go to the sign-in page (and come back); others see "no access".
 */
export async function requirePage(locale: string, capability: Capability, returnTo: string): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/signin?callbackUrl=${encodeURIComponent(`/${locale}${returnTo}`)}`);
  if (!can(user.role, capability)) redirect(`/${locale}/no-access`);
  return user;
}
