import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { DownloadMenu } from "@/components/interchange/download-menu";
import { DocumentWorkbench } from "@/components/review/document-workbench";
import { AppError } from "@/lib/domain/errors";
import { can } from "@/lib/domain/policy";
import { requirePageUser } from "@/lib/server/current-user";
import { getDocument } from "@/lib/server/use-cases/get-document";
import { listMembers } from "@/lib/server/use-cases/list-members";
import { toDocumentView } from "@/lib/server/views";

export const metadata: Metadata = { title: "Document" };

export default async function DocumentPage({
  params,
  searchParams,
}: {
  params: Promise<{ id: string }>;
  searchParams: Promise<{ unit?: string }>;
}) {
  const { id } = await params;
  const { unit } = await searchParams;
  const user = await requirePageUser(`/documents/${encodeURIComponent(id)}`);
  const found = await getDocument({ userId: user.id, documentId: id }).catch((e: unknown) => {
    if (e instanceof AppError && e.code === "NOT_FOUND") return null;
    throw e;
  });
  if (!found) notFound();
  const members = await listMembers({ userId: user.id, workspaceId: found.document.workspaceId });
  return (
    <DocumentWorkbench
      document={toDocumentView(found.document)}
      permissions={{ review: can(found.role, "unit.review"), edit: can(found.role, "unit.edit") }}
      members={members}
      initialUnitId={unit}
      toolbar={<DownloadMenu documentId={id} />}
    />
  );
}
