/**
 * A request path whose percent escapes do not decode (`%zz`, a lone `%`, bytes that are not UTF-8
 * such as `%C0%AF` or the surrogate `%ED%A0%80`): Next.js fails on it while matching a dynamic
 * route and answers 500. proxy.ts refuses it first: 400, as JSON under /api/.
 */
export function malformedPathProblem(pathname: string): string | null {
  try {
    decodeURIComponent(pathname);
    return null;
  } catch {
    return "The request path has an invalid percent-encoding.";
  }
}

export function malformedPathResponse(pathname: string): Response | null {
  const problem = malformedPathProblem(pathname);
  if (!problem) return null;
  if (pathname.startsWith("/api/")) return Response.json({ error: { code: "VALIDATION", message: problem } }, { status: 400 });
  return new Response(problem, { status: 400, headers: { "content-type": "text/plain; charset=utf-8" } });
}
