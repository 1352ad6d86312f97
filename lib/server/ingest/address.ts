import "server-only";
import { isIP } from "node:net";

// Addresses a server-side fetch must never reach (SSRF): loopback, private, link-local (incl.
// the cloud metadata service 169.254.169.254), unique-local, CGNAT, multicast and reserved.
const V4_BLOCKED: [string, number][] = [
  ["0.0.0.0", 8],
  ["10.0.0.0", 8],
  ["100.64.0.0", 10],
  ["127.0.0.0", 8],
  ["169.254.0.0", 16],
  ["172.16.0.0", 12],
  ["192.0.0.0", 24],
  ["192.168.0.0", 16],
  ["198.18.0.0", 15],
  ["224.0.0.0", 4],
  ["240.0.0.0", 4],
];

const v4ToInt = (ip: string) => ip.split(".").reduce((n, part) => (n << 8) + Number(part), 0) >>> 0;

function blockedV4(ip: string): boolean {
  const n = v4ToInt(ip);
  return V4_BLOCKED.some(([base, bits]) => n >>> (32 - bits) === v4ToInt(base) >>> (32 - bits));
}

/** The 8 groups of an IPv6 address as numbers (expanding "::" and a trailing dotted IPv4). */
function v6Groups(ip: string): number[] {
  let s = ip.toLowerCase().split("%")[0]!;
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

function blockedV6(ip: string): boolean {
  const g = v6Groups(ip);
  if (g.length !== 8) return true;
  if (g.every((x) => x === 0)) return true; // ::
  if (g.slice(0, 7).every((x) => x === 0) && g[7] === 1) return true; // ::1
  const v4 = `${g[6]! >> 8}.${g[6]! & 255}.${g[7]! >> 8}.${g[7]! & 255}`;
  if (g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff) return blockedV4(v4); // ::ffff:a.b.c.d (IPv4-mapped)
  if (g[0] === 0x64 && g[1] === 0xff9b) return blockedV4(v4); // 64:ff9b::/96 (NAT64)
  return (g[0]! & 0xfe00) === 0xfc00 /* fc00::/7 */ || (g[0]! & 0xffc0) === 0xfe80 /* fe80::/10 */ || (g[0]! & 0xff00) === 0xff00; /* multicast */
}

/** True for any address a URL import must refuse; anything that is not an IP address is refused too. */
export function isBlockedAddress(ip: string): boolean {
  const v = isIP(ip.replace(/^\[|\]$/g, ""));
  if (v === 4) return blockedV4(ip);
  if (v === 6) return blockedV6(ip.replace(/^\[|\]$/g, ""));
  return true;
}

/** WARRANT_ALLOW_PRIVATE_URLS=1 lets tests and intranet installs fetch private addresses. */
export function privateUrlsAllowed(): boolean {
  return process.env.WARRANT_ALLOW_PRIVATE_URLS === "1";
}
