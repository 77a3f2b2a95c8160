/** How a refused SSO sign-in is written in the audit log (lib/auth/sso.ts) and found for admins. */
export const SSO_REFUSED = { entityType: "sso_sign_in", action: "refused" } as const;
