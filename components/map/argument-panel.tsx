"use client";
import Link from "next/link";
import { ARGUMENT_STATUS_LABEL } from "@/lib/domain/argument-vocabulary";
import type { ArgumentGraphNode } from "@/lib/domain/map-arguments";
import { argumentHeading } from "@/lib/domain/map-arguments";

interface Props {
  documentId: string;
  node: ArgumentGraphNode;
  onToggle: (argumentId: string) => void;
}

/** Beside the map, for a selected argument, inference, statement or objection. Arguments are edited in the workbench. */
export function ArgumentPanel({ documentId, node, onToggle }: Props) {
  const main = node.kind === "argument";
  return (
    <section className="space-y-2 text-sm" data-testid="argument-panel">
      <h2 className="font-semibold text-stone-800">{argumentHeading(node)}</h2>
      <p className="whitespace-pre-wrap text-stone-900">{node.text}</p>
      {main && (
        <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-stone-700">
          <dt>Scheme</dt>
          <dd>{node.schemeName ?? "none yet"}</dd>
          <dt>Status</dt>
          <dd>{ARGUMENT_STATUS_LABEL[node.status!]}</dd>
          <dt>Open questions</dt>
          <dd>{node.openQuestions}</dd>
        </dl>
      )}
      {node.implicit && <p className="text-stone-600">An unstated premise the reviewer made explicit: these words are not in the text.</p>}
      <div className="flex flex-wrap gap-3">
        {main && (
          <button type="button" className="rounded border border-stone-300 px-2 py-1 hover:bg-stone-100" onClick={() => onToggle(node.argumentId!)}>
            {node.expanded ? "Collapse the structure" : "Expand the structure"}
          </button>
        )}
        <Link href={`/documents/${documentId}`} className="self-center text-blue-700 underline">
          Edit in the text view’s Arguments tab
        </Link>
      </div>
    </section>
  );
}
