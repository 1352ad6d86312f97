"use client";
import { useActionState, useState, type FormEvent } from "react";
import { importPasteAction, type ImportFormState } from "@/app/documents/actions";
import { ImportFailed, ImportProgress } from "@/components/interchange/import-stream";
import { useImportRun } from "@/components/interchange/use-import";
import { FormError, SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { WorkspaceSelect } from "@/components/ui/workspace-select";

interface Props {
  workspaces: { id: string; name: string }[];
  maxMegabytes: number;
}

const EMPTY = { title: "", author: "", publisher: "", sourceUrl: "", publishedAt: "", language: "", text: "" };

// Inputs are controlled so nothing typed or pasted is lost when the server refuses the import.
// With JavaScript the form posts to the import endpoint; a long paste runs as a background job
// whose stages and progress show here (a 2 MB paste takes seconds); a refusal or a failed job
// keeps every field. Not React's form action: it resets the
// form afterwards (React 19), blanking a controlled textarea's DOM value. Without JavaScript the
// plain `action` (a server action) still posts the form.
export function ImportForm({ workspaces, maxMegabytes }: Props) {
  const { stage, progress, run } = useImportRun();
  const [fallback, formAction, fallbackPending] = useActionState(importPasteAction, undefined);
  const [refused, setRefused] = useState<ImportFormState | undefined>();
  const [values, setValues] = useState(EMPTY);
  const state = refused ?? fallback;
  const pending = fallbackPending || stage !== null;
  const bind = (name: keyof typeof EMPTY) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
    errors: state?.fields?.[name],
  });
  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    if (stage !== null) return;
    const workspaceId = String(new FormData(e.currentTarget).get("workspaceId") ?? workspaces[0]?.id ?? "");
    const body = Object.fromEntries(Object.entries(values).filter(([k, v]) => k === "text" || k === "title" || v !== ""));
    setRefused(undefined);
    try {
      await run(workspaceId, JSON.stringify(body), "analysing", "application/json");
    } catch (err) {
      setRefused(
        err instanceof ImportFailed ? { error: err.message, fields: err.fields } : { error: "The import could not reach the server. Your text is still here." },
      );
    }
  };
  return (
    <form action={formAction} onSubmit={submit} className="space-y-5" noValidate>
      <FormError message={state?.error} />
      <WorkspaceSelect workspaces={workspaces} />
      <TextField label="Title" required maxLength={300} {...bind("title")} />
      <div className="grid gap-4 sm:grid-cols-2">
        <TextField label="Author (optional)" {...bind("author")} />
        <TextField label="Publisher (optional)" {...bind("publisher")} />
        <TextField label="Source URL (optional)" type="url" placeholder="https://…" {...bind("sourceUrl")} />
        <TextField label="Published (optional)" type="date" {...bind("publishedAt")} />
      </div>
      <TextField label="Language (optional)" placeholder="en" hint="A code such as en, ru or zh. Left empty, Warrant detects it." {...bind("language")} />
      <TextAreaField
        label="Article text"
        rows={14}
        required
        // Someone else's article, kept exactly: spell-checking it helps nobody, and costs a minute on a 2 MB paste.
        spellCheck={false}
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-serif text-sm"
        hint={`Paste the article as it was published. Up to ${maxMegabytes} MB; the original is kept exactly and never edited.`}
        {...bind("text")}
      />
      <SubmitButton pending={pending}>Import and analyse</SubmitButton>
      <ImportProgress stage={stage} progress={progress} skip={["fetching", "extracting"]} />
    </form>
  );
}
