import "server-only";
import { snippet } from "@/lib/domain/activity";
import { mentionedMemberIds } from "@/lib/domain/mentions";
import type { DbTx } from "./db";
import { notify } from "./notifications";

interface CommentWrite {
  workspaceId: string;
  documentId: string;
  unitId: string;
  commentId: string;
  /** The author: never told of their own mention (notify() leaves the actor out). */
  actorId: string;
  body: string;
  /** The text before an edit: people it already mentioned were told then, and are not told again. */
  previousBody?: string;
}

/**
 * MENTIONED notifications for the members of the comment's workspace that its text names
 * ("@Ann Lee", matched by lib/domain/mentions.ts), inside the comment's own transaction. Only
 * members can be matched, so nobody outside the workspace learns of the comment. Returns who was told.
 */
export async function notifyMentions(tx: DbTx, write: CommentWrite): Promise<string[]> {
  if (!write.body.includes("@")) return [];
  const rows = await tx.membership.findMany({ where: { workspaceId: write.workspaceId }, select: { user: { select: { id: true, name: true } } } });
  const members = rows.map((r) => r.user);
  const already = new Set(write.previousBody?.includes("@") ? mentionedMemberIds(write.previousBody, members) : []);
  const fresh = mentionedMemberIds(write.body, members).filter((id) => !already.has(id) && id !== write.actorId);
  if (fresh.length === 0) return [];
  await notify(tx, fresh, {
    kind: "MENTIONED",
    workspaceId: write.workspaceId,
    actorId: write.actorId,
    documentId: write.documentId,
    unitId: write.unitId,
    data: { commentId: write.commentId, excerpt: snippet(write.body, 200) },
  });
  return fresh;
}
