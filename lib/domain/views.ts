// Shapes sent to the browser and the REST API (plain JSON: dates as ISO strings). Use cases
// return these; components and route handlers import them from here, never from lib/server.
import type { Origin, RelationType, ReviewStatus, Role, Stance, UnitKind, Verdict } from "./vocabulary";
import type { WorkspaceView } from "./views-team";

export interface UnitView {
  id: string;
  documentId: string;
  kind: UnitKind;
  start: number;
  end: number;
  /** The exact words of the original text. */
  exact: string;
  /** Normalised wording of what is checked; null means the exact words. */
  text: string | null;
  /** Its Argdown title (`[label]`) when it came from an Argdown file; null otherwise. */
  label?: string | null;
  speaker: { name: string; start: number | null; end: number | null } | null;
  origin: Origin;
  signals: string[];
  checkworthy: number;
  opinion: number;
  verdict: Verdict;
  rationale: string | null;
  status: ReviewStatus;
  /** The reviewer (the first one in double review) and since when: "my queue" is oldest first. */
  assigneeId: string | null;
  assignedAt: string | null;
  /** Double review: the second reviewer, never the first. */
  secondAssigneeId: string | null;
  version: number;
  updatedAt: string;
  /** Evidence links and open (unresolved) comments on the unit. */
  sourceCount: number;
  openComments: number;
  /** The analyser's suggestion (never applied without a person). */
  suggestedVerdict: Verdict | null;
  /** Double review: the reader's own verdict on it (not the verdict of record), when they gave one. */
  myReview?: { verdict: Verdict; rationale: string | null; submitted: boolean } | null;
}

export interface RelationView {
  id: string;
  fromId: string;
  toId: string;
  type: RelationType;
  origin: Origin;
  signals: string[];
}

export interface QuoteView {
  start: number;
  end: number;
  text: string;
  kind: "speech" | "title" | "scare";
  speaker: { name: string; start: number; end: number } | null;
  signals: string[];
}

export interface DocumentView {
  id: string;
  /** assignedOnly: reviewers work only on claims assigned to them (workspace setting). */
  workspace: { id: string; name: string; slug: string; assignedOnly: boolean };
  /** Each check-worthy claim needs two independent verdicts (document setting). */
  doubleReview: boolean;
  title: string;
  author: string | null;
  publisher: string | null;
  sourceUrl: string | null;
  publishedAt: string | null;
  language: string;
  text: string;
  textSha256: string;
  createdAt: string;
  units: UnitView[];
  relations: RelationView[];
  /** Quotations found by the analyser (who said what), in text order. */
  quotes: QuoteView[];
  /**
   * The document's latest activity when this view was read (the page's live stream resumes from
   * it, so a change made between the page's render and the stream's start is not missed).
   */
  lastActivityId?: string | null;
  /** When it was archived (hidden from lists, search and queues), or null. */
  archivedAt?: string | null;
}

/** A person as others see them in a workspace: no email unless the view says so. */
export interface PersonRef {
  id: string;
  name: string;
}

/** A workspace-level source (reused across claims). Dates: publishedAt "YYYY-MM-DD", accessedAt ISO. */
export interface SourceView {
  id: string;
  url: string | null;
  title: string;
  publisher: string | null;
  publishedAt: string | null;
  accessedAt: string | null;
  /** The archived copy of a source with a URL (null without one). */
  archive?: SourceArchiveView | null;
}

export interface SourceArchiveView {
  state: "queued" | "done" | "failed";
  archivedAt: string | null;
  /** SHA-256 of the bytes fetched. */
  sha256: string | null;
  finalUrl: string | null;
  error: string | null;
}

/** A source attached to a unit, with the stance it takes on it. */
export interface EvidenceView {
  unitId: string;
  sourceId: string;
  stance: Stance;
  excerpt: string | null;
  source: SourceView;
}

export interface CommentView {
  id: string;
  unitId: string;
  body: string;
  author: PersonRef;
  createdAt: string;
  resolvedAt: string | null;
  resolved: boolean;
  /** Written by the person reading it (they may edit it). */
  mine: boolean;
  edited: boolean;
}

/** One Activity row of a unit's history (its own rows and those of relations drawn to it). */
export interface HistoryEntryView {
  id: string;
  action: string;
  actor: string;
  /** null: done by Warrant itself (describeActivity in lib/domain/activity.ts reads it). */
  actorId: string | null;
  at: string;
  before: unknown;
  after: unknown;
}

/** What the claim card shows beyond the unit itself. */
export interface UnitDetailsView {
  sources: EvidenceView[];
  /** Double review: the reviews the caller may see (their own and editors' always; the other's once both submitted). */
  reviews: ReviewView[];
  comments: CommentView[];
  history: HistoryEntryView[];
  /** Names of the actors and of the people the history names (assignees), for its sentences. */
  people: PersonRef[];
  /** Words of the other units the history names (the other end of a relation), for its sentences. */
  units: UnitRef[];
}

/** A unit named in an activity sentence: its words (normalised wording, else the exact words). */
export interface UnitRef {
  id: string;
  words: string;
}

/** A reviewed claim of another document that says much the same thing. */
export interface SimilarClaimView {
  id: string;
  documentId: string;
  documentTitle: string;
  exact: string;
  verdict: Verdict;
  rationale: string | null;
  score: number;
  sources: (Pick<SourceView, "id" | "title" | "url"> & { stance: Stance })[];
}

/** A source offered while typing a URL or title. */
export type SourceSuggestionView = Pick<SourceView, "id" | "url" | "title" | "publisher" | "publishedAt">;

/** A document in a list: its metadata and how far its review has come. */
export type DocumentSummaryView = Pick<DocumentView, "id" | "title" | "author" | "publisher" | "sourceUrl" | "publishedAt" | "language" | "createdAt"> & {
  /** Claims (units other than context, as on the document page) per verdict. */
  verdicts: Partial<Record<Verdict, number>>;
  /** Claims per workflow status (the progress bar). */
  statuses: Partial<Record<ReviewStatus, number>>;
  /** Every unit, context included. */
  units: number;
  /** ISO time it was archived; null: not archived. */
  archivedAt: string | null;
};

export interface WorkspaceDocumentsView {
  workspace: WorkspaceView;
  role: Role;
  documents: DocumentSummaryView[];
}

/** A document on the dashboard: its claims' verdicts, workflow statuses and the share reviewed (context units left out). */
export interface DashboardDocumentView {
  id: string;
  title: string;
  createdAt: string;
  archivedAt: string | null;
  verdicts: Partial<Record<Verdict, number>>;
  statuses: Partial<Record<ReviewStatus, number>>;
  reviewed: number;
  claims: number;
  /** Whole percent of claims with a verdict; null: no claims. */
  percentReviewed: number | null;
}

/** One reviewer's assigned claims in a workspace (first or second reviewer), by workflow state. */
export interface ReviewerWorkloadView {
  userId: string;
  name: string;
  /** OPEN, IN_REVIEW or NEEDS_ADJUDICATION. */
  open: number;
  /** REVIEWED or APPROVED. */
  done: number;
}

/** One reviewer's verdict on a double-reviewed claim (shown only to whom double-review.ts allows). */
export interface ReviewView {
  reviewerId: string;
  reviewerName: string;
  verdict: Verdict;
  rationale: string | null;
  submitted: boolean;
  submittedAt: string | null;
}

/** Percent agreement and Cohen's kappa over a document's double-reviewed claims (lib/domain/agreement.ts). */
export interface AgreementView {
  doubleReviewed: number;
  agreed: number;
  percentAgreement: number | null;
  kappa: number | null;
  pairs: { reviewers: PersonRef[]; items: number; percentAgreement: number | null; kappa: number | null }[];
}

export * from "./views-activity";
export * from "./views-search";
export * from "./views-team";
