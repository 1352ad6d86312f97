import "server-only";
import { notFound } from "@/lib/domain/errors";
import { db } from "../db";
import { recordTokenChange } from "./create-api-token";

/** Revoke one of the caller's tokens (someone else's does not exist: 404). Revoking twice is a no-op. */
export async function revokeApiToken({ userId, tokenId }: { userId: string; tokenId: string }) {
  return db.$transaction(async (tx) => {
    const token = await tx.apiToken.findFirst({ where: { id: tokenId, userId }, select: { id: true, name: true, revokedAt: true } });
    if (!token) throw notFound("The token");
    if (token.revokedAt) return { id: token.id, revokedAt: token.revokedAt };
    const row = await tx.apiToken.update({ where: { id: token.id }, data: { revokedAt: new Date() }, select: { id: true, revokedAt: true } });
    await recordTokenChange(tx, userId, "token.revoke", token.id, { name: token.name });
    return row;
  });
}
