-- Archived copies of sources attached by URL: fetched by a background job, text extracted, the
-- raw bytes hashed (snapshotSha256) with the fetch time and final URL, and a failure says why.
ALTER TABLE "Source" ADD COLUMN "archiveState" TEXT,
ADD COLUMN "archiveError" TEXT,
ADD COLUMN "archivedAt" TIMESTAMP(3),
ADD COLUMN "archiveUrl" TEXT,
ADD COLUMN "archiveType" TEXT;
