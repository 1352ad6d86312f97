import "server-only";
import { notFound } from "@/lib/domain/errors";
import { db } from "./db";

/**
 * Who the CLI acts as: --user (a member of the workspace), else the workspace's first owner. The
 * CLI runs with the server's own rights, so it names a real member, and every use case then
 * checks that member's permissions like for anyone else.
 */
export async function cliActor({ workspaceSlug, documentId, email }: { workspaceSlug?: string; documentId?: string; email?: string }) {
  const workspace = workspaceSlug
    ? await db.workspace.findUnique({ where: { slug: workspaceSlug }, select: { id: true } })
    : await db.document
        .findUnique({ where: { id: documentId ?? "" }, select: { id: true, workspaceId: true } })
        .then((d) => (d ? { id: d.workspaceId } : null));
  if (!workspace) throw notFound(workspaceSlug ? `The workspace ${workspaceSlug}` : "The document");
  const member = await db.membership.findFirst({
    where: { workspaceId: workspace.id, ...(email ? { user: { email: email.toLowerCase() } } : { role: "OWNER" }) },
    orderBy: { createdAt: "asc" },
    select: { userId: true },
  });
  if (!member) throw notFound(email ? `${email} as a member of that workspace` : "An owner of that workspace");
  return { userId: member.userId, workspaceId: workspace.id };
}
