"use client";

// The import endpoint (POST /api/v1/workspaces/{id}/imports) answers with NDJSON progress lines
// when asked: {"stage":…} for each stage, then {"done":{id,…}} or {"error":{code,message,fields?}}.
// Both import forms read it here and show the same progress list.

export const STAGES = [
  ["fetching", "Fetching"],
  ["extracting", "Extracting the text"],
  ["analysing", "Analysing"],
  ["saving", "Saving"],
] as const;

export class ImportFailed extends Error {
  constructor(
    message: string,
    readonly fields?: Record<string, string[]>,
  ) {
    super(message);
  }
}

/** Posts an import and follows its progress; resolves with the new document's id. */
export async function streamImport(workspaceId: string, body: BodyInit, onStage: (stage: string) => void, contentType?: string): Promise<string> {
  const res = await fetch(`/api/v1/workspaces/${encodeURIComponent(workspaceId)}/imports`, {
    method: "POST",
    body,
    headers: { accept: "application/x-ndjson", ...(contentType ? { "content-type": contentType } : {}) },
  });
  if (!res.body || !res.ok) {
    const error = ((await res.json().catch(() => null)) as { error?: { message?: string; fields?: Record<string, string[]> } } | null)?.error;
    throw new ImportFailed(error?.message ?? `The import failed (${res.status}).`, error?.fields);
  }
  const reader = res.body.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = "";
  for (;;) {
    const { value, done } = await reader.read();
    buffer += value ?? "";
    const lines = buffer.split("\n");
    buffer = lines.pop() ?? "";
    for (const line of lines.filter(Boolean)) {
      const msg = JSON.parse(line) as { stage?: string; done?: { id: string }; error?: { message: string; fields?: Record<string, string[]> } };
      if (msg.stage) onStage(msg.stage);
      if (msg.error) throw new ImportFailed(msg.error.message, msg.error.fields);
      if (msg.done) return msg.done.id;
    }
    if (done) throw new ImportFailed("The import stopped before it finished. Nothing was saved.");
  }
}

/** The stages as a list: done ones ticked, the current one highlighted; skipped ones (a paste is not fetched) not shown. */
export function ImportProgress({ stage, skip = [] }: { stage: string | null; skip?: readonly string[] }) {
  if (!stage) return null;
  const stages = STAGES.filter(([s]) => !skip.includes(s));
  const current = stages.findIndex(([s]) => s === stage);
  return (
    <ol className="flex gap-3 text-xs" aria-live="polite" data-testid="import-progress">
      {stages.map(([s, label], i) => (
        <li key={s} className={i < current ? "text-green-700" : i === current ? "font-semibold text-blue-700" : "text-stone-400"}>
          {i < current ? "✓ " : i === current ? "… " : ""}
          {label}
        </li>
      ))}
    </ol>
  );
}
