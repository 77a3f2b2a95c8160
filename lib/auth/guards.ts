import "server-only";
import { headers } from "next/headers";
import { redirect } from "next/navigation";
import { can, type Actor, type Capability } from "@/lib/permissions";
import { getCurrentUser } from "./current-user";

/**
 * For pages: the signed-in person if they hold the capability. Signed-out
 * people go to the sign-in page (and come back); others see "no access".
 */
export async function requirePage(locale: string, capability: Capability): Promise<Actor> {
  const user = await getCurrentUser();
  if (!user) {
    const here = (await headers()).get("x-pathname");
    const returnTo = here && here.startsWith("/") && !here.startsWith("//") ? here : `/${locale}/staff`;
    redirect(`/${locale}/signin?callbackUrl=${encodeURIComponent(returnTo)}`);
  }
  if (!can(user.role, capability)) redirect(`/${locale}/no-access`);
  return user;
}
