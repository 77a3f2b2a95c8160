import { everyone, type MatrixRows } from "../helpers/matrix";

/** The public site's sitemap and feeds: read-only, published content only, for everyone (tests/public/reach.test.ts checks the content). */
export const rows: MatrixRows = {
  actions: [],
  routes: [{ route: "GET /sitemap.xml", request: async () => ({ request: new Request("http://localhost/sitemap.xml") }), expect: everyone }],
};
