import { everyone, type MatrixRows } from "../helpers/matrix";

/** The foundation's actions and routes. */
export const rows: MatrixRows = {
  routes: [
    {
      // The load balancer's health check: open to anyone, reads only.
      route: "GET /api/health",
      request: async () => ({ request: new Request("http://localhost/api/health") }),
      expect: everyone,
    },
  ],
  exempt: [
    {
      key: "app/[locale]/signin/actions.ts#signInWithPassword",
      reason: "Sign-in is open to everyone by design; it goes through Auth.js, which tests cannot run in-process. Proven over HTTP: wrong credentials, rate limiting, cross-origin posts.",
      coveredBy: [
        { file: "e2e/foundation.spec.ts", marker: "wrong credentials get one neutral, translated message" },
        { file: "e2e/security.spec.ts", marker: "repeated wrong passwords are rate limited" },
      ],
    },
    {
      key: "app/[locale]/signin/actions.ts#signInWithOidc",
      reason: "Starting single sign-on is open to everyone by design and only redirects to the identity provider; without OIDC configured it must fail cleanly.",
      coveredBy: [{ file: "e2e/security.spec.ts", marker: "single sign-on that is not configured fails cleanly" }],
    },
    {
      key: "app/[locale]/signin/actions.ts#signOutAction",
      reason: "Signing out only clears the caller's own session cookie; anyone may do it.",
      coveredBy: [{ file: "e2e/foundation.spec.ts", marker: "can sign out" }],
    },
    {
      key: "GET /api/auth/[...nextauth]",
      reason: "Auth.js's own endpoints (session, CSRF token, providers, OIDC callback): public by design, they check their CSRF token and state themselves.",
      coveredBy: [{ file: "e2e/security.spec.ts", marker: "/api/auth/session" }],
    },
    {
      key: "POST /api/auth/[...nextauth]",
      reason: "Auth.js's credential and sign-out posts: public by design, guarded by Auth.js's double-submit CSRF token and the sign-in rate limit.",
      coveredBy: [{ file: "e2e/security.spec.ts", marker: "without the CSRF token" }],
    },
  ],
};
