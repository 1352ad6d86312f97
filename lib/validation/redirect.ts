/** Only same-site paths may be redirected to after sign-in (no open redirects). */
export function safeReturnPath(value: unknown, fallback = "/documents"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.startsWith("//") || value.startsWith("/\\")) {
    return fallback;
  }
  return value;
}
