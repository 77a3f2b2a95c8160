import { BlockList, isIP } from "node:net";
import { env } from "@/lib/env";

/**
 * The address a request came from, for per-address limits (sign-in, feedback).
 *
 * `X-Forwarded-For` is a list each proxy appends to, so only its right end can
 * be trusted: a client can write anything on the left. The production server
 * (scripts/serve.mjs) appends the TCP peer as the last hop, so the list always
 * ends with an address nobody can forge. `TRUSTED_PROXIES` says which hops on
 * the right are the city's own proxies:
 * - unset or `0`: no proxy in front; the client is the TCP peer (the last hop);
 * - a number N: N proxies in front; the client is the hop N places from the right;
 * - a list of addresses and CIDR ranges (`10.0.0.0/8, 192.0.2.7`): the client
 *   is the rightmost hop that is not in the list.
 */
export type TrustedProxies = { hops: number } | { list: BlockList };

export function parseTrustedProxies(value: string | undefined): TrustedProxies {
  const text = value?.trim() ?? "";
  if (text === "") return { hops: 0 };
  if (/^\d+$/.test(text)) return { hops: Number(text) };
  const list = new BlockList();
  for (const entry of text.split(",").map((e) => e.trim()).filter(Boolean)) {
    const [address = "", bits] = entry.split("/");
    const family = isIP(address);
    if (!family) throw new Error(`TRUSTED_PROXIES: "${entry}" is not an IP address or CIDR range`);
    const type = family === 6 ? "ipv6" : "ipv4";
    if (bits === undefined) list.addAddress(address, type);
    else list.addSubnet(address, Number(bits), type);
  }
  return { list };
}

/** "::ffff:10.0.0.1" (an IPv4 peer on a dual-stack socket) is 10.0.0.1; ports and brackets are dropped. */
function normalise(hop: string): string {
  let h = hop.trim();
  const bracketed = /^\[([^\]]+)\](?::\d+)?$/.exec(h);
  if (bracketed?.[1]) h = bracketed[1];
  else if (/^[\d.]+:\d+$/.test(h)) h = h.slice(0, h.lastIndexOf(":"));
  if (h.toLowerCase().startsWith("::ffff:") && isIP(h.slice(7)) === 4) h = h.slice(7);
  return h;
}

function isTrusted(list: BlockList, hop: string): boolean {
  const family = isIP(hop);
  return family !== 0 && list.check(hop, family === 6 ? "ipv6" : "ipv4");
}

let configured: TrustedProxies | undefined;

function fromEnvironment(): TrustedProxies {
  configured ??= parseTrustedProxies(env().TRUSTED_PROXIES);
  return configured;
}

export function clientAddress(headers: Headers, trusted: TrustedProxies = fromEnvironment()): string | null {
  const hops = (headers.get("x-forwarded-for") ?? "").split(",").map(normalise).filter(Boolean);
  if (hops.length === 0) return null;
  if ("hops" in trusted) return hops[Math.max(0, hops.length - 1 - trusted.hops)] ?? null;
  for (let i = hops.length - 1; i >= 0; i--) {
    const hop = hops[i]!;
    if (!isTrusted(trusted.list, hop)) return hop;
  }
  // Every hop is one of ours: the request started inside the network.
  return hops[0] ?? null;
}
