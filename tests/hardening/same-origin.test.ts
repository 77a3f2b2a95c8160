import { describe, expect, it } from "vitest";
import { isCrossSiteWrite } from "@/lib/security/same-origin";

const h = (o: Record<string, string>) => new Headers(o);

describe("cross-site writes", () => {
  it("refuses a post whose Origin is another site, or null", () => {
    expect(isCrossSiteWrite("POST", h({ origin: "https://evil.example", host: "localhost:3000" }))).toBe(true);
    expect(isCrossSiteWrite("DELETE", h({ origin: "null", host: "localhost:3000" }))).toBe(true);
    expect(isCrossSiteWrite("POST", h({ origin: "http://localhost.evil.example", host: "localhost" }))).toBe(true);
    expect(isCrossSiteWrite("POST", h({ "sec-fetch-site": "cross-site", host: "localhost" }))).toBe(true);
  });
  it("lets same-origin posts, reads and non-browser clients through", () => {
    expect(isCrossSiteWrite("POST", h({ origin: "http://localhost:3000", host: "localhost:3000" }))).toBe(false);
    expect(isCrossSiteWrite("GET", h({ origin: "https://evil.example", host: "localhost" }))).toBe(false);
    expect(isCrossSiteWrite("POST", h({ host: "localhost" }))).toBe(false);
  });
});
