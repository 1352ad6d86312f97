import "server-only";
import { AppError } from "@/lib/domain/errors";

/** Methods that change nothing; everything else must come from the app's own pages. */
const SAFE_METHODS = new Set(["GET", "HEAD", "OPTIONS"]);

/** The Sec-Fetch-Site values of a request the app's own pages (or a typed address) made. */
const SAME_ORIGIN_FETCH_SITES = new Set(["same-origin", "none"]);

/**
 * The hosts (host[:port]) this request may legitimately come from: the one the client called
 * (X-Forwarded-Host behind a proxy, else Host) and WARRANT_PUBLIC_URL's. A browser never lets a
 * page set these headers on a cross-site request, so they name the site the request was sent to.
 */
function ownHosts(h: Headers): Set<string> {
  const hosts = new Set<string>();
  const forwarded = h.get("x-forwarded-host")?.split(",")[0]?.trim();
  const host = h.get("host")?.trim();
  if (forwarded) hosts.add(forwarded.toLowerCase());
  if (host) hosts.add(host.toLowerCase());
  const configured = process.env.WARRANT_PUBLIC_URL?.trim();
  if (configured) {
    try {
      hosts.add(new URL(configured).host.toLowerCase());
    } catch {
      // A malformed setting adds nothing; the request's own host still counts.
    }
  }
  return hosts;
}

/** Why a browser request is cross-site, or null when it is not (or cannot be told). */
export function crossSiteProblem(req: Request): string | null {
  if (SAFE_METHODS.has(req.method.toUpperCase())) return null;
  const site = req.headers.get("sec-fetch-site");
  if (site !== null && !SAME_ORIGIN_FETCH_SITES.has(site.toLowerCase())) return `Sec-Fetch-Site is ${site}`;
  const origin = req.headers.get("origin");
  // No Origin (and no Sec-Fetch-Site): not a modern browser's request, so no ambient cookie was
  // sent on a victim's behalf. curl and scripts send the cookie they were given on purpose.
  if (origin === null) return null;
  let host: string;
  try {
    // "null" (sandboxed frames, file: pages, some redirects) throws here and is refused.
    host = new URL(origin).host.toLowerCase();
  } catch {
    return `Origin is ${origin.slice(0, 100)}`;
  }
  return host && ownHosts(req.headers).has(host) ? null : `Origin is ${origin.slice(0, 100)}`;
}

/**
 * CSRF guard for requests signed in by the session cookie: a write must come from the app's own
 * pages. SameSite=Lax keeps the cookie off cross-site POSTs in current browsers, but not off
 * same-site ones (a page on a sibling subdomain), nor in browsers that ignore SameSite; the cookie
 * alone does not prove who asked. Bearer-token requests are exempt: a browser never adds that
 * header by itself. Next.js checks server actions the same way (Origin against the Host).
 */
export function assertSameOrigin(req: Request): void {
  const problem = crossSiteProblem(req);
  if (problem) {
    throw new AppError(
      "FORBIDDEN",
      `This request came from another site (${problem}); changes are accepted only from Warrant's own pages or with an API token.`,
    );
  }
}
