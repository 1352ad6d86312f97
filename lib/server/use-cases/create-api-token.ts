import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZCreateApiTokenInput, ZCredentialsTokenInput } from "@/lib/validation/token";
import { db } from "../db";
import { verifyPassword } from "../passwords";
import { checkPasswordAttempts, generateToken, hashToken, recordPasswordFailure, recordTokenChange } from "../tokens";

/**
 * A new API token for the signed-in user (`userId`), or for whoever proves email + password.
 * The token is returned this once; only its hash is kept.
 */
export async function createApiToken({ userId, input }: { userId?: string | null; input: unknown }) {
  const data = ZCreateApiTokenInput.parse(input);
  const ownerId = userId ?? (await userFromCredentials(data));
  const token = generateToken();
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: ownerId, name: data.name, tokenHash: hashToken(token) },
      select: { id: true, name: true, createdAt: true },
    });
    await recordTokenChange(tx, ownerId, "token.create", row.id, { name: data.name });
    return { id: row.id, name: row.name, createdAt: row.createdAt.toISOString(), token };
  });
}

async function userFromCredentials(input: unknown): Promise<string> {
  const { email, password } = ZCredentialsTokenInput.parse(input);
  checkPasswordAttempts(email);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!(await verifyPassword(password, user?.passwordHash))) {
    recordPasswordFailure(email);
    throw new AppError("UNAUTHENTICATED", "The email or password is not right.");
  }
  return user!.id;
}
