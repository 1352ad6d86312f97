// Shapes of published reports that cross to the browser (the workbench's Publish control) and
// the REST API. See lib/domain/report.ts for the snapshot itself.
import type { ReportChange } from "./report-changes";
import type { ReportSnapshot } from "./report";

/** A document's report as its workspace's members see it; null when it was never published. */
export interface PublicationView {
  slug: string;
  url: string;
  version: number;
  publishedAt: string;
  publishedBy: string | null;
  /** Set while the report is withdrawn (the URL answers 410). */
  unpublishedAt: string | null;
  onlyApproved: boolean;
  showReviewers: boolean;
  claimCount: number;
}

/** What the Publish control offers before publishing: the defaults and how many claims each choice would publish. */
export interface PublishStateView {
  publication: PublicationView | null;
  defaults: { onlyApproved: boolean; showReviewers: boolean };
  counts: { approved: number; reviewed: number };
}

/** The public page's data: from the frozen snapshot only. */
export type ReportPageView =
  | { status: "gone"; title: string; unpublishedAt: string }
  | {
      status: "published";
      slug: string;
      version: number;
      publishedAt: string;
      snapshot: ReportSnapshot;
      /** Since the version before this one (null for version 1). */
      changes: { since: number; items: ReportChange[] } | null;
      /**
       * Claims whose words the article changed after this version was published ("Check for
       * changes" found it), by claim number: when it was found, and the words before → after
       * (after null: the passage is gone). Public facts about the article, not review data.
       */
      edits?: ReportEdit[];
    };

export interface ReportEdit {
  n: number;
  foundAt: string;
  before: string;
  after: string | null;
}

/** The public archived copy of a source a published report cites (/r/<slug>/sources/<n>). */
export interface ReportArchivePage {
  slug: string;
  reportTitle: string;
  language: string;
  publisher: string;
  source: { title: string; url: string | null; publisher: string | null };
  archive: { n: number; sha256: string; archivedAt: string | null; finalUrl: string | null; contentType: string | null; text: string };
}
