/** The locale an SSO sign-in started from (set by signInWithOidc), so that a
 * refusal is shown on the sign-in page in that language (lib/auth/auth.ts). */
export const SSO_LOCALE_COOKIE = "sso-locale";
