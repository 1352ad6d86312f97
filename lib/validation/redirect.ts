/** Any origin would do: only whether the resolved URL stays on it matters. */
const BASE = "http://warrant.invalid";

/**
 * Only same-site paths may be redirected to after sign-in (no open redirects). The value is
 * resolved the way a browser would against the app's origin and must stay on it; control
 * characters (a browser drops a TAB or a newline, so "/<TAB>/evil.example" is "//evil.example")
 * and backslashes (read as "/") are refused outright.
 */
export function safeReturnPath(value: unknown, fallback = "/documents"): string {
  if (typeof value !== "string" || !value.startsWith("/") || value.length > 2000) return fallback;
  if (/[\u0000-\u001f\u007f\\]/.test(value) || /%(0[0-9a-f]|1[0-9a-f]|7f|5c)/i.test(value)) return fallback;
  let url: URL;
  try {
    url = new URL(value, BASE);
  } catch {
    return fallback;
  }
  if (url.origin !== BASE) return fallback;
  return url.pathname + url.search + url.hash;
}
