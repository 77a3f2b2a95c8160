// @ts-check
/* eslint-disable @typescript-eslint/no-require-imports -- next.config.js is CommonJS by the design card */
const createNextIntlPlugin = require("next-intl/plugin");

const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

const isProduction = process.env.NODE_ENV === "production";

/** Headers for every response. The Content-Security-Policy carries a per-request
 * nonce and is therefore set in proxy.ts, not here. */
const securityHeaders = [
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
  ...(isProduction
    ? [{ key: "Strict-Transport-Security", value: "max-age=63072000; includeSubDomains" }]
    : []),
];

/** @type {import('next').NextConfig} */
const nextConfig = {
  reactStrictMode: true,
  poweredByHeader: false,
  // Loaded by Node at run time, not bundled: PGlite ships WASM; pdfkit reads its font data and
  // fontkit tables from its own folder; exceljs is large and server-only.
  serverExternalPackages: ["@electric-sql/pglite", "pdfkit", "exceljs"],
  experimental: {
    // The proxy (proxy.ts) runs on /api/* and Next copies a request body for it, keeping
    // only this many bytes (10 MB by default). Above the import routes' own limit
    // (MAX_IMPORT_BYTES, 20 MB, lib/import-export/route.ts) a file the route accepts is
    // never cut; a bigger one is refused by the route's size check.
    proxyClientMaxBodySize: 21 * 1024 * 1024,
    // `npm start`'s first build (BUILD_FIRST_START=1) does not write Turbopack's build cache to
    // .next/cache: a clean clone gains nothing from it, and writing it took 76 s of a 362 s first
    // start on the shared 2-core machine (issue 17). Later `next build`s keep and use the cache.
    turbopackFileSystemCacheForBuild: process.env.BUILD_FIRST_START !== "1",
    // Server actions take at most 1 MB by default; document uploads (DOCUMENT_MAX_MB, at most 20 MB,
    // lib/documents/storage.ts) are sent to an action as multipart form data.
    serverActions: { bodySizeLimit: "21mb" },
  },
  // `npm start`'s first build skips the type check (BUILD_SKIP_TYPECHECK=1, about a third of the
  // build on 2 cores): the code it builds is type-checked by `npm test` and CI. `npm run build` checks.
  typescript: { ignoreBuildErrors: process.env.BUILD_SKIP_TYPECHECK === "1" },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
};

module.exports = withNextIntl(nextConfig);
