import type { Expectations, MatrixRows } from "../helpers/matrix";

/** Executives, coordinators and admins read the dashboard and its briefing; editors and the public do not. */
const dashboardReaders: Expectations = { public: "refused", executive: "allowed", editorOwn: "refused", editorOther: "refused", coordinator: "allowed", admin: "allowed" };

export const rows: MatrixRows = {
  routes: [
    {
      // The PDF briefing: reads only (a refused call is also checked to write nothing).
      route: "GET /[locale]/staff/dashboard/briefing.pdf",
      request: async () => ({ request: new Request("http://localhost/fi/staff/dashboard/briefing.pdf"), params: { locale: "fi" } }),
      expect: dashboardReaders,
    },
  ],
};
