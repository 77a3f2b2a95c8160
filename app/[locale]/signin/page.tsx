import type { Metadata } from "next";
import { getTranslations, setRequestLocale } from "next-intl/server";
import { SignInForm } from "@/app/[locale]/signin/_components/SignInForm";
import { FormMessage } from "@/components/ui/form/Fields";
import { DEMO_PASSWORD, seedUsers } from "@/db/seed/strategy-page";
import { isDemoMode, oidcEnabled, env } from "@/lib/env";
import type { Locale } from "@/lib/i18n/routing";
import { signInWithOidc } from "./actions";

export async function generateMetadata({ params }: { params: Promise<{ locale: Locale }> }): Promise<Metadata> {
  const { locale } = await params;
  const t = await getTranslations({ locale, namespace: "signin" });
  return { title: t("title") };
}

/** A refused single sign-on comes back here with its reason (lib/auth/sso.ts); Auth.js's own errors get a general message. */
function ssoError(error: string | undefined, t: (key: "ssoUnverified" | "ssoNotLinked" | "ssoDeactivated" | "ssoFailed") => string): string | null {
  if (typeof error !== "string" || !error) return null;
  if (error === "sso_unverified") return t("ssoUnverified");
  if (error === "sso_not_linked") return t("ssoNotLinked");
  if (error === "sso_deactivated") return t("ssoDeactivated");
  return t("ssoFailed");
}

export default async function SignInPage({
  params,
  searchParams,
}: {
  params: Promise<{ locale: Locale }>;
  searchParams: Promise<{ callbackUrl?: string; error?: string }>;
}) {
  const { locale } = await params;
  setRequestLocale(locale);
  const { callbackUrl, error } = await searchParams;
  const t = await getTranslations("signin");
  const tErrors = await getTranslations("errors");
  const tRoles = await getTranslations("roles");
  const callback = typeof callbackUrl === "string" && callbackUrl.startsWith("/") && !callbackUrl.startsWith("//") ? callbackUrl : undefined;
  return (
    <div className="grid gap-10 md:grid-cols-2">
      <section aria-labelledby="signin-title">
        <h1 id="signin-title" className="mb-2 text-heading-l font-bold">
          {t("title")}
        </h1>
        <p className="mb-6">{t("intro")}</p>
        <FormMessage error={ssoError(error, t)} />
        {oidcEnabled() ? (
          <>
            <form action={signInWithOidc} className="mb-4">
              <input type="hidden" name="locale" value={locale} />
              {callback ? <input type="hidden" name="callbackUrl" value={callback} /> : null}
              <button type="submit" className="btn">
                {t("sso", { provider: env().AUTH_OIDC_NAME })}
              </button>
            </form>
            <p className="mb-4">{t("or")}</p>
          </>
        ) : null}
        <SignInForm
          locale={locale}
          callbackUrl={callback}
          labels={{
            email: t("email"),
            password: t("password"),
            submit: t("submit"),
            invalid: t("invalid"),
            rateLimited: t("rateLimited"),
            unavailable: tErrors("unavailable"),
          }}
        />
      </section>
      {isDemoMode() ? (
        <section aria-labelledby="demo-title" className="bg-suomenlinna-light p-6">
          <h2 id="demo-title" className="mb-2 text-heading-s font-bold">
            {t("demoTitle")}
          </h2>
          <p className="mb-4">{t("demoIntro", { password: DEMO_PASSWORD })}</p>
          <table className="w-full text-left">
            <thead>
              <tr>
                <th scope="col">{t("demoEmail")}</th>
                <th scope="col">{t("demoRole")}</th>
              </tr>
            </thead>
            <tbody>
              {seedUsers.map((u) => (
                <tr key={u.email}>
                  <td>
                    <code>{u.email}</code>
                  </td>
                  <td>{tRoles(u.role)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </section>
      ) : null}
    </div>
  );
}
