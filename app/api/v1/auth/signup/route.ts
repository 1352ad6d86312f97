import { readJson } from "@/lib/server/api";
import { errorResponse } from "@/lib/server/errors";
import { signUpUser } from "@/lib/server/use-cases/sign-up-user";

// POST {email, password, name} -> 201 {user, workspace}; 409 when the email is taken; 403 when
// the server is invite-only (WARRANT_SIGNUP=invite-only; checked by the use case).
export async function POST(req: Request): Promise<Response> {
  try {
    return Response.json(await signUpUser({ input: await readJson(req) }), { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}
