import { readJson } from "@/lib/server/api";
import { errorResponse } from "@/lib/server/errors";
import { clientAddress } from "@/lib/server/throttle";
import { signUpUser } from "@/lib/server/use-cases/sign-up-user";

// POST {email, password, name} -> 201 {user, workspace}, also for an existing account given its own
// password; 409 for an existing account's email with another password; 403 when the server is
// invite-only (WARRANT_SIGNUP=invite-only); 429 past the sign-up throttle (lib/server/throttle.ts).
export async function POST(req: Request): Promise<Response> {
  try {
    return Response.json(await signUpUser({ input: await readJson(req), address: clientAddress(req.headers) }), { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}
