import type { Metadata } from "next";
import { DownloadMenu } from "@/components/interchange/download-menu";
import { DocumentWorkbench } from "@/components/review/document-workbench";
import { PublishMenu } from "@/components/review/publish-menu";
import { can } from "@/lib/domain/policy";
import { openDocumentPage, orNotFound, type DocumentPageProps } from "@/lib/server/pages";
import { listSnapshots } from "@/lib/server/use-cases/check-for-changes";
import { getDocument } from "@/lib/server/use-cases/get-document";
import { getPublication } from "@/lib/server/use-cases/get-publication";
import { listMembers } from "@/lib/server/use-cases/list-members";

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage(props: DocumentPageProps) {
  const { id, user, unitId } = await openDocumentPage(props);
  const found = await orNotFound(getDocument({ userId: user.id, input: { documentId: id } }));
  const [members, publication, snapshots] = await Promise.all([
    listMembers({ userId: user.id, input: { workspaceId: found.document.workspace.id } }),
    getPublication({ userId: user.id, input: { documentId: id } }),
    found.document.sourceUrl && /^https?:\/\//i.test(found.document.sourceUrl) ? listSnapshots({ userId: user.id, input: { documentId: id } }) : null,
  ]);
  return (
    <DocumentWorkbench
      document={found.document}
      meId={user.id}
      role={found.role}
      permissions={{ review: can(found.role, "unit.review"), edit: can(found.role, "unit.edit"), assign: can(found.role, "unit.assign") }}
      members={members.map((m) => m.user)}
      reviewers={members.filter((m) => can(m.role, "unit.review"))}
      initialUnitId={unitId}
      toolbar={
        <>
          <DownloadMenu documentId={id} />
          <PublishMenu documentId={id} initial={publication} canPublish={can(found.role, "document.publish")} />
        </>
      }
      snapshots={snapshots}
    />
  );
}
