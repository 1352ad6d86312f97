import type { DocumentView } from "@/lib/domain/views";

/**
 * The document's title, its byline, and what the reader must know first: that they lost access
 * (the live stream said so: deleted, or removed from the workspace) or that it is archived.
 */
export function DocumentHeading({ document, gone }: { document: DocumentView; gone: boolean }) {
  return (
    <>
      <h1 className="font-serif text-2xl font-semibold" data-testid="document-title">
        {document.title}
      </h1>
      {gone && (
        <p role="alert" className="rounded-md border border-red-300 bg-red-50 px-3 py-1.5 text-sm text-red-900" data-testid="gone-notice">
          This document is no longer available to you: it was deleted, or you were removed from its workspace. Nothing more can be saved here; copy anything you
          were writing before you leave.
        </p>
      )}
      {document.archivedAt && (
        <p className="rounded-md border border-amber-300 bg-amber-50 px-3 py-1.5 text-sm text-amber-900" data-testid="archived-notice">
          Archived on {new Date(document.archivedAt).toLocaleDateString(undefined, { dateStyle: "medium" })}: hidden from the documents list, search, the
          dashboard and review queues. Reviewing still works; unarchive it from the documents list.
        </p>
      )}
      <p className="text-sm text-stone-600">
        {[document.author, document.publisher, document.publishedAt].filter(Boolean).join(" · ")}
        {document.sourceUrl && (
          <>
            {" · "}
            <a href={document.sourceUrl} rel="noopener noreferrer" target="_blank" className="text-blue-700 underline">
              source
            </a>
          </>
        )}
      </p>
    </>
  );
}
