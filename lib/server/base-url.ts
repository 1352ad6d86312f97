import "server-only";
import { headers } from "next/headers";

/**
 * The origin links handed out by the server (invitations) start with. WARRANT_PUBLIC_URL wins:
 * behind a proxy the request's own host may be an internal name. Otherwise the request's origin.
 */
export function publicBaseUrl(requestOrigin: string): string {
  return (process.env.WARRANT_PUBLIC_URL?.trim() || requestOrigin).replace(/\/+$/, "");
}

/** The origin of the request a server action is running for (Host and X-Forwarded-* headers). */
export async function actionBaseUrl(): Promise<string> {
  const h = await headers();
  const host = h.get("x-forwarded-host")?.split(",")[0]?.trim() || h.get("host") || "localhost:3000";
  // `next start` itself speaks plain HTTP; a TLS-terminating proxy says so in X-Forwarded-Proto.
  const proto = h.get("x-forwarded-proto")?.split(",")[0]?.trim() || "http";
  return publicBaseUrl(`${proto}://${host}`);
}
