import { NextResponse, type NextRequest } from "next/server";
import { malformedPathResponse } from "@/lib/server/malformed-path";
import { requestIdFrom } from "@/lib/server/request-id";
import { isEmbedPath, isReportPath, newNonce, securityHeaders, servedOverTls } from "@/lib/server/security-headers";

/**
 * Security headers on every page and API response (lib/server/security-headers.ts). Pages get a
 * fresh CSP nonce: it is passed on in the request's Content-Security-Policy header, where
 * Next.js finds it and puts it on the scripts it renders (so every page renders per request).
 * A path whose percent escapes do not decode is a 400 here, before Next.js's dynamic-route
 * matching answers it with a 500 (lib/server/malformed-path.ts; found by bench/fuzz-api.ts).
 * Every request gets an id (lib/server/request-id.ts), passed on as X-Request-Id and sent back.
 * Published reports (/r/…) are public and script-free: their own policy, and the claim card's
 * embed may be framed by other sites. No path here redirects to sign-in: pages that need an
 * account ask for one themselves (requirePageUser), and /r/… never does.
 */
export function proxy(request: NextRequest) {
  const nonce = newNonce();
  const requestId = requestIdFrom(request.headers.get("x-request-id"));
  const path = request.nextUrl.pathname;
  const headers = securityHeaders({
    api: path.startsWith("/api/"),
    report: isReportPath(path) ? (isEmbedPath(path) ? "embed" : "page") : undefined,
    nonce,
    tls: servedOverTls(request.headers, request.url),
    dev: process.env.NODE_ENV === "development",
  });
  const malformed = malformedPathResponse(request.nextUrl.pathname);
  if (malformed) {
    for (const [name, value] of Object.entries(headers)) malformed.headers.set(name, value);
    malformed.headers.set("X-Request-Id", requestId);
    return malformed;
  }
  const forwarded = new Headers(request.headers);
  forwarded.set("x-nonce", nonce);
  forwarded.set("x-request-id", requestId);
  forwarded.set("Content-Security-Policy", headers["Content-Security-Policy"]!);
  const response = NextResponse.next({ request: { headers: forwarded } });
  for (const [name, value] of Object.entries(headers)) response.headers.set(name, value);
  response.headers.set("X-Request-Id", requestId);
  return response;
}

export const config = {
  // Build output and icons carry no markup; everything else (pages, API, prefetches) gets the headers.
  matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"],
};
