import "server-only";
import { headers } from "next/headers";

/**
 * The origin links handed out by the server (invitations) start with. WARRANT_PUBLIC_URL wins:
 * behind a proxy the request's own host may be an internal name. Otherwise the origin the client
 * used, from the Host and X-Forwarded-* headers (a route handler's `req.url` is rebuilt by Next
 * from its own hostname, e.g. localhost, not the one the client called).
 */
export function originFromHeaders(h: Headers): string {
  const configured = process.env.WARRANT_PUBLIC_URL?.trim();
  if (configured) return configured.replace(/\/+$/, "");
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost:3000";
  // `next start` itself speaks plain HTTP; a TLS-terminating proxy says so in X-Forwarded-Proto.
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return `${proto}://${host}`;
}

/** For route handlers. */
export function requestBaseUrl(req: Request): string {
  return originFromHeaders(req.headers);
}

/** For server actions: the request they are running for. */
export async function actionBaseUrl(): Promise<string> {
  return originFromHeaders(await headers());
}
