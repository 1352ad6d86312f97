import { AppError } from "@/lib/domain/errors";
import { readJson } from "@/lib/server/api";
import { errorResponse } from "@/lib/server/errors";
import { signUpUser } from "@/lib/server/use-cases/sign-up-user";
import type { TSignUpInput } from "@/lib/validation/auth";

// POST {email, password, name} -> 201 {user, workspace}; 409 when the email is taken; 403 when
// the server is invite-only (WARRANT_SIGNUP=invite-only).
export async function POST(req: Request): Promise<Response> {
  try {
    if (process.env.WARRANT_SIGNUP === "invite-only") {
      throw new AppError("FORBIDDEN", "Sign-up is closed on this server: ask a workspace owner to invite you.");
    }
    const input = (await readJson(req)) as TSignUpInput;
    return Response.json(await signUpUser({ input }), { status: 201 });
  } catch (e) {
    return errorResponse(e);
  }
}
