import "server-only";
import { db } from "../db";

/** The caller's tokens, newest first; never the token or its hash. */
export async function listApiTokens({ userId }: { userId: string }) {
  return db.apiToken.findMany({
    where: { userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, createdAt: true, lastUsedAt: true, revokedAt: true },
  });
}
