import { NextResponse, type NextRequest } from "next/server";
import { malformedPathResponse } from "@/lib/server/malformed-path";

// Runs before routing: a path whose percent escapes do not decode is a 400 here, not a 500 in
// Next.js's dynamic-route matching (found by bench/fuzz-api.ts).
export function proxy(request: NextRequest) {
  return malformedPathResponse(request.nextUrl.pathname) ?? NextResponse.next();
}

export const config = { matcher: ["/((?!_next/static|_next/image|favicon.ico).*)"] };
