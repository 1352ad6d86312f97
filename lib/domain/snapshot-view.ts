// What GET /api/v1/documents/{id}/snapshots answers (and the workbench's "Source changes" shows).
import type { Passage } from "./reanchor";

export interface SnapshotSummary {
  id: string;
  fetchedAt: string;
  finalUrl: string;
  rawSha256: string;
  textSha256: string;
  /** The page's text differs from the document's original. */
  textChanged: boolean;
}

export interface ChangedUnit {
  id: string;
  before: string;
  after: string;
  /** The unit's verdict when the check ran (a reviewed claim whose words changed needs a new look). */
  verdict: string;
}

export interface SnapshotsView {
  snapshots: SnapshotSummary[];
  /** The newest check: unit ids by outcome, the changed ones with before → after, and the edited passages. */
  latest:
    | (SnapshotSummary & {
        unchanged: string[];
        moved: string[];
        changed: ChangedUnit[];
        gone: Omit<ChangedUnit, "after">[];
        passages: Passage[];
      })
    | null;
}
