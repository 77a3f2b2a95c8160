import { describe, expect, it } from "vitest";
import { clientAddress, parseTrustedProxies } from "@/lib/auth/client-address";

/** Headers as scripts/serve.mjs hands them to the app: whatever came in, then the TCP peer appended. */
const arriving = (forwardedIn: string | null, peer: string) => new Headers({ "x-forwarded-for": forwardedIn ? `${forwardedIn}, ${peer}` : peer });

describe("client address for per-address limits", () => {
  it("without proxies, a forged X-Forwarded-For changes nothing: the TCP peer counts", () => {
    const none = parseTrustedProxies(undefined);
    expect(clientAddress(arriving(null, "198.51.100.7"), none)).toBe("198.51.100.7");
    // An attacker rotating made-up addresses still counts as one caller.
    for (const forged of ["1.2.3.4", "5.6.7.8, 9.9.9.9", "::1", "garbage"]) {
      expect(clientAddress(arriving(forged, "198.51.100.7"), none)).toBe("198.51.100.7");
    }
    expect(clientAddress(arriving(null, "::ffff:198.51.100.7"), parseTrustedProxies("0"))).toBe("198.51.100.7");
  });

  it("behind N proxies, the hop the outermost proxy saw is the client, whatever the client wrote before it", () => {
    const oneProxy = parseTrustedProxies("1");
    // The load balancer appended the real client; serve.mjs appended the load balancer.
    expect(clientAddress(arriving("203.0.113.9", "10.0.0.5"), oneProxy)).toBe("203.0.113.9");
    expect(clientAddress(arriving("1.2.3.4, 203.0.113.9", "10.0.0.5"), oneProxy)).toBe("203.0.113.9");
    expect(clientAddress(arriving("1.2.3.4, 203.0.113.9, 10.0.0.4", "10.0.0.5"), parseTrustedProxies("2"))).toBe("203.0.113.9");
  });

  it("with a list of proxy addresses and ranges, the rightmost hop outside the list is the client", () => {
    const list = parseTrustedProxies("10.0.0.0/8, 192.0.2.7, fd00::/8");
    expect(clientAddress(arriving("1.2.3.4, 203.0.113.9, 192.0.2.7", "10.1.2.3"), list)).toBe("203.0.113.9");
    expect(clientAddress(arriving("1.2.3.4, 2001:db8::1, fd00::2", "::ffff:10.1.2.3"), list)).toBe("2001:db8::1");
    // A direct caller (not through a trusted proxy) is itself the client, whatever it claims.
    expect(clientAddress(arriving("10.0.0.99", "203.0.113.50"), list)).toBe("203.0.113.50");
    // Everything inside the network: the first hop.
    expect(clientAddress(arriving("10.0.0.2", "10.0.0.3"), list)).toBe("10.0.0.2");
  });

  it("refuses a setting it cannot read, and has no address without the header", () => {
    expect(() => parseTrustedProxies("10.0.0.0/8, proxy.example")).toThrow(/TRUSTED_PROXIES/);
    expect(clientAddress(new Headers(), parseTrustedProxies(undefined))).toBeNull();
  });
});
