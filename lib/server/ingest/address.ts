import "server-only";
import { isIP } from "node:net";

// Addresses a server-side fetch must never reach (SSRF): loopback, private, link-local (incl.
// the cloud metadata service 169.254.169.254), CGNAT, benchmarking, documentation, multicast and
// reserved. IANA's special-purpose registry (RFC 6890 and successors) is the source.
const V4_BLOCKED: [string, number][] = [
  ["0.0.0.0", 8], // "this network"
  ["10.0.0.0", 8], // private
  ["100.64.0.0", 10], // CGNAT
  ["127.0.0.0", 8], // loopback
  ["169.254.0.0", 16], // link-local, cloud metadata
  ["172.16.0.0", 12], // private
  ["192.0.0.0", 24], // IETF protocol assignments
  ["192.0.2.0", 24], // TEST-NET-1
  ["192.88.99.0", 24], // 6to4 relay anycast (deprecated)
  ["192.168.0.0", 16], // private
  ["198.18.0.0", 15], // benchmarking
  ["198.51.100.0", 24], // TEST-NET-2
  ["203.0.113.0", 24], // TEST-NET-3
  ["224.0.0.0", 4], // multicast
  ["240.0.0.0", 4], // reserved, broadcast
];

const v4ToInt = (ip: string) => ip.split(".").reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;

function blockedV4Int(n: number): boolean {
  return V4_BLOCKED.some(([base, bits]) => n >>> (32 - bits) === v4ToInt(base) >>> (32 - bits));
}

/** The 8 groups of a valid IPv6 address as numbers (expanding "::" and a trailing dotted IPv4). */
export function v6Groups(ip: string): number[] {
  let s = ip.toLowerCase();
  const dotted = /(\d+\.\d+\.\d+\.\d+)$/.exec(s);
  if (dotted) {
    const n = v4ToInt(dotted[1]!);
    s = s.slice(0, -dotted[1]!.length) + `${(n >>> 16).toString(16)}:${(n & 0xffff).toString(16)}`;
  }
  const [head, tail] = s.split("::") as [string, string | undefined];
  const h = head ? head.split(":") : [];
  const t = tail ? tail.split(":") : [];
  const groups = tail === undefined ? h : [...h, ...Array(8 - h.length - t.length).fill("0"), ...t];
  return groups.map((g) => parseInt(g || "0", 16));
}

/** The IPv4 address held in two 16-bit groups. */
const v4Of = (hi: number, lo: number) => ((hi << 16) | lo) >>> 0;
const zeros = (g: number[], from: number, to: number) => g.slice(from, to).every((x) => x === 0);

/**
 * IPv6 is refused unless it is global unicast (2000::/3) outside the special blocks inside it.
 * Forms that carry an IPv4 address are judged by that address: IPv4-mapped ::ffff:0:0/96 and
 * IPv4-translated ::ffff:0:0:0/96 (however written: "::ffff:127.0.0.1", "0:0:0:0:0:ffff:7f00:1"),
 * NAT64 64:ff9b::/96 and 6to4 2002::/16. Everything else outside 2000::/3 is refused outright:
 * the unspecified address, loopback, IPv4-compatible ::/96 (deprecated), discard 100::/64,
 * local NAT64 64:ff9b:1::/48, unique-local fc00::/7, link- and site-local fe80::/9, multicast.
 */
function blockedV6(ip: string): boolean {
  const g = v6Groups(ip);
  if (g.length !== 8 || g.some((x) => !Number.isInteger(x) || x < 0 || x > 0xffff)) return true;
  if (zeros(g, 0, 5) && g[5] === 0xffff) return blockedV4Int(v4Of(g[6]!, g[7]!)); // ::ffff:0:0/96
  if (zeros(g, 0, 4) && g[4] === 0xffff && g[5] === 0) return blockedV4Int(v4Of(g[6]!, g[7]!)); // ::ffff:0:0:0/96
  if (g[0] === 0x64 && g[1] === 0xff9b && zeros(g, 2, 6)) return blockedV4Int(v4Of(g[6]!, g[7]!)); // 64:ff9b::/96
  if ((g[0]! & 0xe000) !== 0x2000) return true; // not global unicast 2000::/3
  if (g[0] === 0x2002) return blockedV4Int(v4Of(g[1]!, g[2]!)); // 6to4: 2002:AABB:CCDD::/48
  if (g[0] === 0x2001) {
    if (g[1] === 0) return true; // Teredo 2001::/32 (tunnels to an obfuscated IPv4)
    if (g[1] === 0x0db8) return true; // documentation 2001:db8::/32
    if (g[1] === 2 && g[2] === 0) return true; // benchmarking 2001:2::/48
    if ((g[1]! & 0xfff0) === 0x10) return true; // ORCHID 2001:10::/28 (deprecated)
  }
  if (g[0] === 0x3fff && g[1]! < 0x1000) return true; // documentation 3fff::/20
  return false;
}

/** True for any address a URL import must refuse; anything that is not an IP address is refused too. */
export function isBlockedAddress(ip: string): boolean {
  const bare = ip.replace(/^\[|\]$/g, "");
  // A zone ("fe80::1%eth0") only exists for link-local-scoped addresses: refuse it.
  if (bare.includes("%")) return true;
  const v = isIP(bare);
  if (v === 4) return blockedV4Int(v4ToInt(bare));
  if (v === 6) return blockedV6(bare);
  return true;
}

/** WARRANT_ALLOW_PRIVATE_URLS=1 lets tests and intranet installs fetch private addresses. */
export function privateUrlsAllowed(): boolean {
  return process.env.WARRANT_ALLOW_PRIVATE_URLS === "1";
}
