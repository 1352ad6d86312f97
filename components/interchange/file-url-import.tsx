"use client";
import { useState } from "react";
import { FormError } from "@/components/ui/field";
import { WorkspaceSelect } from "@/components/ui/workspace-select";
import { ImportProgress } from "./import-stream";
import { useImportRun } from "./use-import";

// Import from a file (.txt .md .html .docx .pdf, or an Argdown / AIF / Warrant JSON argument
// file) or a URL. Pages and large files run as a background job (stages and progress shown here,
// and under "Your imports" after leaving the page); nothing is saved unless the last stage finishes.
export function FileUrlImport({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const { stage, progress, run } = useImportRun();
  const [error, setError] = useState<string | undefined>();

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const workspaceId = String(form.get("workspaceId") ?? workspaces[0]?.id ?? "");
    setError(undefined);
    try {
      await run(workspaceId, form, "fetching");
    } catch (err) {
      setError((err as Error).message);
    }
  }

  return (
    <form onSubmit={submit} className="space-y-4" data-testid="file-url-import">
      <FormError message={error} />
      <WorkspaceSelect workspaces={workspaces} />
      <label className="block text-sm font-medium">
        Web address
        <input name="url" type="url" placeholder="https://…" className="mt-1 block w-full rounded-md border border-stone-300 px-3 py-2 text-sm" />
      </label>
      <label className="block text-sm font-medium">
        …or a file
        <input name="file" type="file" accept=".txt,.md,.markdown,.html,.htm,.docx,.pdf,.argdown,.json" className="mt-1 block w-full text-sm" />
        <span className="mt-1 block text-xs font-normal text-stone-500">
          Text, Markdown, HTML, Word or PDF; or an Argdown, AIF or Warrant JSON argument map.
        </span>
      </label>
      <button type="submit" disabled={stage !== null} className="rounded-md bg-blue-700 px-4 py-2 text-sm font-semibold text-white disabled:opacity-60">
        Import
      </button>
      <ImportProgress stage={stage} progress={progress} />
    </form>
  );
}
