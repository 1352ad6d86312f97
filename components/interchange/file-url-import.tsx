"use client";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { FormError } from "@/components/ui/field";
import { WorkspaceSelect } from "@/components/ui/workspace-select";

const STAGES = [
  ["fetching", "Fetching"],
  ["extracting", "Extracting the text"],
  ["analysing", "Analysing"],
  ["saving", "Saving"],
] as const;

// Import from a file (.txt .md .html .docx .pdf, or an Argdown / AIF / Warrant JSON argument
// file) or a URL. The server streams its progress as NDJSON lines; nothing is saved unless the
// last stage finishes.
export function FileUrlImport({ workspaces }: { workspaces: { id: string; name: string }[] }) {
  const router = useRouter();
  const [stage, setStage] = useState<string | null>(null);
  const [error, setError] = useState<string | undefined>();

  async function submit(e: React.FormEvent<HTMLFormElement>) {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    const workspaceId = String(form.get("workspaceId") ?? workspaces[0]?.id ?? "");
    setError(undefined);
    setStage("fetching");
    try {
      const res = await fetch(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/imports`, {
        method: "POST",
        body: form,
        headers: { accept: "application/x-ndjson" },
      });
      if (!res.body || !res.ok)
        throw new Error(
          ((await res.json().catch(() => null)) as { error?: { message?: string } } | null)?.error?.message ?? `The import failed (${res.status}).`,
        );
      const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
      let buffer = "";
      for (;;) {
        const { value, done } = await reader.read();
        buffer += value ?? "";
        const lines = buffer.split("\n");
        buffer = lines.pop() ?? "";
        for (const line of lines.filter(Boolean)) {
          const msg = JSON.parse(line) as { stage?: string; done?: { id: string }; error?: { message: string } };
          if (msg.stage) setStage(msg.stage);
          if (msg.error) throw new Error(msg.error.message);
          if (msg.done) return router.push(`/documents/${msg.done.id}`);
        }
        if (done) throw new Error("The import stopped before it finished. Nothing was saved.");
      }
    } catch (err) {
      setStage(null);
      setError((err as Error).message);
    }
  }

  const current = STAGES.findIndex(([s]) => s === stage);
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
      {stage && (
        <ol className="flex gap-3 text-xs" aria-live="polite" data-testid="import-progress">
          {STAGES.map(([s, label], i) => (
            <li key={s} className={i < current ? "text-green-700" : i === current ? "font-semibold text-blue-700" : "text-stone-400"}>
              {i < current ? "✓ " : i === current ? "… " : ""}
              {label}
            </li>
          ))}
        </ol>
      )}
    </form>
  );
}
