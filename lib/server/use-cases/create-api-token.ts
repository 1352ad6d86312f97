import "server-only";
import { AppError } from "@/lib/domain/errors";
import { ZCreateApiTokenInput, ZCredentialsTokenInput, type TCreateApiTokenInput } from "@/lib/validation/token";
import { recordChange } from "../changes";
import { db, type DbTx } from "../db";
import { verifyPassword } from "../passwords";
import { checkPasswordAttempts, generateToken, hashToken, recordPasswordFailure } from "../tokens";

/**
 * A new API token for the signed-in user (`userId`), or for whoever proves email + password.
 * The token is returned this once; only its hash is kept.
 */
export async function createApiToken({ userId, input }: { userId?: string | null; input: TCreateApiTokenInput }) {
  const { name } = ZCreateApiTokenInput.parse(input);
  const ownerId = userId ?? (await userFromCredentials(input));
  const token = generateToken();
  return db.$transaction(async (tx) => {
    const row = await tx.apiToken.create({
      data: { userId: ownerId, name, tokenHash: hashToken(token) },
      select: { id: true, name: true, createdAt: true },
    });
    await recordTokenChange(tx, ownerId, "token.create", row.id, { name });
    return { ...row, token };
  });
}

async function userFromCredentials(input: TCreateApiTokenInput): Promise<string> {
  const { email, password } = ZCredentialsTokenInput.parse(input);
  checkPasswordAttempts(email);
  const user = await db.user.findUnique({ where: { email }, select: { id: true, passwordHash: true } });
  if (!(await verifyPassword(password, user?.passwordHash))) {
    recordPasswordFailure(email);
    throw new AppError("UNAUTHENTICATED", "The email or password is not right.");
  }
  return user!.id;
}

/**
 * Activity rows belong to a workspace; a token belongs to a person. It is recorded in the
 * workspace they joined first (their own), where its owner reads their history.
 */
export async function recordTokenChange(tx: DbTx, userId: string, action: string, tokenId: string, after: { name: string }) {
  const home = await tx.membership.findFirst({ where: { userId }, orderBy: { createdAt: "asc" }, select: { workspaceId: true } });
  if (!home) return;
  await recordChange(tx, { workspaceId: home.workspaceId, actorId: userId, action, entityType: "user", entityId: tokenId, after });
}
