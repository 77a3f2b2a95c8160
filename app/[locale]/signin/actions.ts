"use server";

import { AuthError } from "next-auth";
import { cookies } from "next/headers";
import { signIn, signOut } from "@/lib/auth/auth";
import { SSO_LOCALE_COOKIE } from "@/lib/auth/sso-locale";
import { isDatabaseUnavailable } from "@/lib/db-errors";
import { isLocale } from "@/lib/i18n/routing";

export type SignInState = { error?: "invalid" | "rate_limited" | "unavailable"; email?: string } | null;

/** A field of the posted form; anything but a real form (a hand-made post) reads as empty. */
function field(formData: unknown, name: string): FormDataEntryValue | null {
  return formData instanceof FormData ? formData.get(name) : null;
}

/** Only same-site paths may be returned to after sign-in. */
function safeCallback(value: FormDataEntryValue | null, locale: string): string {
  const s = typeof value === "string" ? value : "";
  return s.startsWith("/") && !s.startsWith("//") && !s.startsWith("/\\") ? s : `/${locale}/staff`;
}

export async function signInWithPassword(_prev: SignInState, formData: FormData): Promise<SignInState> {
  const localeValue = field(formData, "locale");
  const locale = isLocale(localeValue) ? localeValue : "fi";
  const email = String(field(formData, "email") ?? "").slice(0, 320);
  try {
    await signIn("credentials", {
      email,
      password: String(field(formData, "password") ?? "").slice(0, 200),
      redirectTo: safeCallback(field(formData, "callbackUrl"), locale),
    });
    return null;
  } catch (error) {
    if (isDatabaseUnavailable(error)) return { error: "unavailable", email };
    if (error instanceof AuthError) {
      const code = (error as AuthError & { code?: string }).code;
      return { error: code === "rate_limited" ? "rate_limited" : "invalid", email };
    }
    throw error; // the success redirect is thrown
  }
}

export async function signInWithOidc(formData: FormData) {
  const localeValue = field(formData, "locale");
  const locale = isLocale(localeValue) ? localeValue : "fi";
  // Remembered for the sign-in page a refused SSO sign-in returns to (lib/auth/auth.ts).
  (await cookies()).set(SSO_LOCALE_COOKIE, locale, { httpOnly: true, sameSite: "lax", path: "/", maxAge: 600 });
  await signIn("oidc", { redirectTo: safeCallback(field(formData, "callbackUrl"), locale) });
}

export async function signOutAction() {
  await signOut({ redirectTo: "/" });
}
