"use server";
import { redirect } from "next/navigation";
import { defineAction, formOf } from "@/lib/server/action";
import { archiveDocument } from "@/lib/server/use-cases/archive-document";
import { deleteDocument } from "@/lib/server/use-cases/delete-document";
import { importDocument } from "@/lib/server/use-cases/import-document";

export interface ImportFormState {
  error?: string;
  fields?: Record<string, string[]>;
}

export const importDocumentAction = defineAction(importDocument);
export const archiveDocumentAction = defineAction(archiveDocument);
export const deleteDocumentAction = defineAction(deleteDocument);

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

/** The paste form (useActionState): on success, the new document; on failure, the form keeps its text. */
export async function importPasteAction(_prev: ImportFormState | undefined, posted: FormData): Promise<ImportFormState> {
  const form = formOf(posted);
  const result = await importDocumentAction({
    source: "paste",
    workspaceId: str(form.get("workspaceId")) ?? "",
    title: str(form.get("title")) ?? "",
    text: str(form.get("text")) ?? "",
    author: str(form.get("author")),
    publisher: str(form.get("publisher")),
    sourceUrl: str(form.get("sourceUrl")),
    publishedAt: str(form.get("publishedAt")),
    language: str(form.get("language")),
  });
  if (!result.ok) return { error: result.error.message, fields: result.error.fields };
  redirect(`/documents/${result.data.id}`);
}
