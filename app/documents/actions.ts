"use server";
import { redirect } from "next/navigation";
import { requireUser } from "@/lib/server/current-user";
import { runAction } from "@/lib/server/errors";
import { importDocument } from "@/lib/server/use-cases/import-document";

export interface ImportFormState {
  error?: string;
  fields?: Record<string, string[]>;
}

const str = (v: FormDataEntryValue | null) => (typeof v === "string" ? v : undefined);

export async function importDocumentAction(_prev: ImportFormState | undefined, form: FormData): Promise<ImportFormState> {
  const result = await runAction(async () => {
    const user = await requireUser();
    return importDocument({
      userId: user.id,
      workspaceId: str(form.get("workspaceId")) ?? "",
      input: {
        title: str(form.get("title")) ?? "",
        text: str(form.get("text")) ?? "",
        author: str(form.get("author")),
        publisher: str(form.get("publisher")),
        sourceUrl: str(form.get("sourceUrl")),
        publishedAt: str(form.get("publishedAt")),
        language: str(form.get("language")),
      },
    });
  });
  if (!result.ok) return { error: result.error.message, fields: result.error.fields };
  redirect(`/documents/${result.data.id}`);
}
