-- "Check for changes": the source page of a URL import fetched again, hashed, with each unit
-- re-anchored in the new text (unchanged, moved, changed, gone). The document's text never changes.
CREATE TABLE "DocumentSnapshot" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "finalUrl" TEXT NOT NULL,
    "fetchedAt" TIMESTAMP(3) NOT NULL,
    "contentType" TEXT NOT NULL,
    "rawSha256" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "textSha256" TEXT NOT NULL,
    "changed" BOOLEAN NOT NULL,
    "result" JSONB NOT NULL,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    CONSTRAINT "DocumentSnapshot_pkey" PRIMARY KEY ("id")
);
CREATE INDEX "DocumentSnapshot_documentId_fetchedAt_idx" ON "DocumentSnapshot"("documentId", "fetchedAt");
ALTER TABLE "DocumentSnapshot" ADD CONSTRAINT "DocumentSnapshot_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;
