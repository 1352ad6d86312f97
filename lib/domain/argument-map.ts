// The argument map: one model of a reviewed document that the map view, every export format
// (lib/formats) and the lossless JSON round trip share. Built from the anchored units, so
// text and graph are two views of the same data.
import type { ArgumentRelationView, ArgumentView } from "./arguments";
import type { DocumentView, QuoteView, RelationView, SourceView } from "./views";
import type { ReviewStatus, Stance, UnitKind, Verdict } from "./vocabulary";

/** A source as the map and the exports carry it: the source with the stance its unit takes. */
export type MapSource = SourceView & { stance: Stance; excerpt: string | null };

export interface MapNode {
  id: string;
  kind: UnitKind;
  start: number;
  end: number;
  /** The exact words of the original text (the anchor): what every export quotes. */
  exact: string;
  /**
   * The normalised wording of what is checked, when an editor gave one (null: the exact words).
   * Exports carry it beside the exact words, never in their place: it is the desk's wording, not
   * the author's.
   */
  checked: string | null;
  /** What the map's boxes show: the normalised wording, else the exact words. */
  text: string;
  /** The Argdown title of an imported statement (absent or null: none). */
  label?: string | null;
  speaker: string | null;
  verdict: Verdict;
  rationale: string | null;
  status: ReviewStatus;
  checkworthy: number;
  opinion: number;
  signals: string[];
  sources: MapSource[];
}

export type MapEdge = Pick<RelationView, "id" | "type" | "origin" | "signals"> & { from: string; to: string };

export interface ArgumentMap {
  format: "warrant.argument-map";
  version: 1;
  document: Pick<DocumentView, "id" | "title" | "author" | "publisher" | "sourceUrl" | "publishedAt" | "language" | "text" | "textSha256"> & {
    workspace: { id: string; name: string };
  };
  nodes: MapNode[];
  edges: MapEdge[];
  quotes: QuoteView[];
  /** Reconstructed arguments (issue 16) and the relations among arguments, statements and units. */
  arguments?: MapArgument[];
  argumentRelations?: ArgumentRelationView[];
}

export type MapArgument = Pick<ArgumentView, "id" | "title" | "schemeId" | "status" | "statements"> &
  Partial<Pick<ArgumentView, "label" | "inference">> & {
    answers: Pick<ArgumentView["answers"][number], "questionId" | "answer" | "note">[];
  };

/** `sourcesByUnit`: the evidence attached to each unit (absent: none). */
export function buildArgumentMap(
  doc: DocumentView,
  sourcesByUnit: Record<string, MapSource[]> = {},
  args: { arguments: ArgumentView[]; relations: ArgumentRelationView[] } = { arguments: [], relations: [] },
): ArgumentMap {
  const ids = new Set(doc.units.map((u) => u.id));
  return {
    format: "warrant.argument-map",
    version: 1,
    document: {
      id: doc.id,
      title: doc.title,
      author: doc.author,
      publisher: doc.publisher,
      sourceUrl: doc.sourceUrl,
      publishedAt: doc.publishedAt,
      language: doc.language,
      text: doc.text,
      textSha256: doc.textSha256,
      workspace: { id: doc.workspace.id, name: doc.workspace.name },
    },
    nodes: doc.units.map((u) => ({
      id: u.id,
      kind: u.kind,
      start: u.start,
      end: u.end,
      exact: u.exact,
      checked: u.text,
      text: u.text ?? u.exact,
      label: u.label ?? null,
      speaker: u.speaker?.name ?? null,
      verdict: u.verdict,
      rationale: u.rationale,
      status: u.status,
      checkworthy: u.checkworthy,
      opinion: u.opinion,
      signals: u.signals,
      sources: sourcesByUnit[u.id] ?? [],
    })),
    // An edge whose ends are not both in the map would dangle in every format: drop it.
    edges: doc.relations
      .filter((r) => ids.has(r.fromId) && ids.has(r.toId))
      .map((r) => ({ id: r.id, from: r.fromId, to: r.toId, type: r.type, origin: r.origin, signals: r.signals })),
    quotes: doc.quotes,
    arguments: args.arguments.map(toMapArgument),
    argumentRelations: args.relations,
  };
}

/** An argument as the map and the exports carry it (no versions, authors or dates). */
export function toMapArgument(a: ArgumentView): MapArgument {
  return {
    id: a.id,
    title: a.title,
    label: a.label,
    inference: a.inference,
    schemeId: a.schemeId,
    status: a.status,
    statements: a.statements,
    answers: a.answers.map(({ questionId, answer, note }) => ({ questionId, answer, note })),
  };
}
