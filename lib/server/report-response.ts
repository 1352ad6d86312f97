import "server-only";
import type { ReportContext } from "@/lib/render/report-page";
import { requestBaseUrl } from "./base-url";

/** The origin report links use (WARRANT_PUBLIC_URL, else the request's) and the CSP nonce proxy.ts made for this response. */
export function reportContext(req: Request): ReportContext {
  return { origin: requestBaseUrl(req), nonce: req.headers.get("x-nonce") ?? "" };
}

/**
 * A report page. Not stored by shared caches: an unpublished report must answer 410 at once, and
 * the body carries this response's nonce.
 */
export function htmlResponse(body: string, status = 200): Response {
  return new Response(body, { status, headers: { "Content-Type": "text/html; charset=utf-8", "Cache-Control": "no-cache, private" } });
}
