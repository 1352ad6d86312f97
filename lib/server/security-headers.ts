// Response headers that tell the browser what a Warrant page may do. Used by proxy.ts on every
// request; pure (no "server-only": the proxy is bundled apart from the app's server code).

/** A fresh, unguessable nonce per response: 128 random bits, base64. */
export function newNonce(): string {
  const bytes = new Uint8Array(16);
  crypto.getRandomValues(bytes);
  return btoa(String.fromCharCode(...bytes));
}

/** Whether the client reached us over TLS: directly, or through a proxy that says so. */
export function servedOverTls(headers: Headers, url: string): boolean {
  const proto = headers.get("x-forwarded-proto")?.split(",")[0]?.trim().toLowerCase();
  if (proto) return proto === "https";
  return url.startsWith("https:");
}

/**
 * The policy for pages. Scripts run only with this response's nonce (Next.js puts it on its own
 * scripts when it finds it in the request's Content-Security-Policy header); 'strict-dynamic'
 * lets those load the code-split chunks they need, and makes browsers ignore 'self' (kept for
 * the few that do not know 'strict-dynamic'). Style elements need the nonce too; style
 * *attributes* are allowed ('unsafe-inline' on style-src-attr only): React renders `style={…}`
 * into the server HTML, and React Flow positions every node and edge with inline transforms.
 */
export function pageContentSecurityPolicy(nonce: string, opts: { tls: boolean; dev?: boolean }): string {
  const directives = [
    "default-src 'self'",
    // Development only: React's dev build rebuilds server error stacks with eval.
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${opts.dev ? " 'unsafe-eval'" : ""}`,
    // Development only: the dev overlay and hot reload insert style elements without a nonce.
    `style-src 'self' ${opts.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    `style-src-elem 'self' ${opts.dev ? "'unsafe-inline'" : `'nonce-${nonce}'`}`,
    "style-src-attr 'unsafe-inline'",
    // data: for the PNG export of the map (an SVG drawn through an <img>); blob: for downloads.
    "img-src 'self' data: blob:",
    "font-src 'self'",
    // fetch, server actions and the live-update EventSources: this origin only.
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'none'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "frame-src 'none'",
    "worker-src 'self'",
    "manifest-src 'self'",
  ];
  if (opts.tls) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/**
 * For API responses (JSON, event streams, export files): nothing in them may run or load, should a
 * browser be made to render one (an HTML or SVG export opened directly).
 */
export const API_CONTENT_SECURITY_POLICY = "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'; sandbox";

/** A published report's pages (/r/<slug>...): plain server-rendered HTML, no scripts at all. */
export function isReportPath(pathname: string): boolean {
  return pathname === "/r" || pathname.startsWith("/r/");
}

/** The one page other sites may frame: a claim's card, /r/<slug>/claims/<n>/embed. */
export function isEmbedPath(pathname: string): boolean {
  return /^\/r\/[^/]+\/claims\/[^/]+\/embed\/?$/.test(pathname);
}

/**
 * For published reports: no script runs at all (the JSON-LD blocks are data, which CSP does not
 * govern), styles only with the nonce, images from here or data: URLs, and no form posts. The
 * embeddable claim card may be framed by any site (frame-ancestors *); every other report page by none.
 */
export function reportContentSecurityPolicy(nonce: string, opts: { tls: boolean; embed: boolean }): string {
  const directives = [
    "default-src 'none'",
    "script-src 'none'",
    `style-src 'nonce-${nonce}'`,
    "img-src 'self' data:",
    "base-uri 'none'",
    "form-action 'none'",
    `frame-ancestors ${opts.embed ? "*" : "'none'"}`,
  ];
  if (opts.tls) directives.push("upgrade-insecure-requests");
  return directives.join("; ");
}

/** One year, subdomains included; sent only over TLS (browsers ignore it over plain HTTP anyway). */
export const STRICT_TRANSPORT_SECURITY = "max-age=31536000; includeSubDomains";

/**
 * The headers that depend on the request: the CSP (pages or API) and HSTS over TLS. The fixed ones
 * (Permissions-Policy, X-Content-Type-Options, X-Frame-Options, Referrer-Policy) are in
 * next.config.js, which also covers the build output the proxy does not see.
 */
export function securityHeaders(opts: { api: boolean; nonce: string; tls: boolean; dev?: boolean; report?: "page" | "embed" }): Record<string, string> {
  const headers: Record<string, string> = {
    "Content-Security-Policy": opts.api
      ? API_CONTENT_SECURITY_POLICY
      : opts.report
        ? reportContentSecurityPolicy(opts.nonce, { tls: opts.tls, embed: opts.report === "embed" })
        : pageContentSecurityPolicy(opts.nonce, opts),
  };
  if (opts.tls) headers["Strict-Transport-Security"] = STRICT_TRANSPORT_SECURITY;
  return headers;
}
