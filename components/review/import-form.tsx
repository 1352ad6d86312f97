"use client";
import { startTransition, useActionState, useState, type FormEvent } from "react";
import { importPasteAction } from "@/app/documents/actions";
import { FormError, SubmitButton, TextAreaField, TextField } from "@/components/ui/field";
import { WorkspaceSelect } from "@/components/ui/workspace-select";

interface Props {
  workspaces: { id: string; name: string }[];
  maxMegabytes: number;
}

const EMPTY = { title: "", author: "", publisher: "", sourceUrl: "", publishedAt: "", language: "", text: "" };

// Inputs are controlled so nothing typed or pasted is lost when the server refuses the import.
// The submit is dispatched from onSubmit, not by React's form action: a form action resets the
// form afterwards (React 19), which blanks a controlled textarea's DOM value while its state still
// holds the text — the paste looked lost, and a second submit sent an empty text. Without
// JavaScript the plain `action` still posts the form.
export function ImportForm({ workspaces, maxMegabytes }: Props) {
  const [state, formAction, pending] = useActionState(importPasteAction, undefined);
  const [values, setValues] = useState(EMPTY);
  const bind = (name: keyof typeof EMPTY) => ({
    name,
    value: values[name],
    onChange: (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value })),
    errors: state?.fields?.[name],
  });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = new FormData(e.currentTarget);
    startTransition(() => formAction(data));
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
        className="mt-1 block w-full rounded-md border border-stone-300 bg-white px-3 py-2 font-serif text-sm"
        hint={`Paste the article as it was published. Up to ${maxMegabytes} MB; the original is kept exactly and never edited.`}
        {...bind("text")}
      />
      <SubmitButton pending={pending}>Import and analyse</SubmitButton>
    </form>
  );
}
