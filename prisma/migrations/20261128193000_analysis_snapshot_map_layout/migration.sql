-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "analysis" JSONB,
ADD COLUMN     "fetchedAt" TIMESTAMP(3),
ADD COLUMN     "rawContentType" TEXT,
ADD COLUMN     "rawSha256" TEXT,
ADD COLUMN     "rawSnapshot" TEXT;

-- CreateTable
CREATE TABLE "DocumentMapLayout" (
    "documentId" TEXT NOT NULL,
    "positions" JSONB NOT NULL DEFAULT '{}',
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "DocumentMapLayout_pkey" PRIMARY KEY ("documentId")
);

-- AddForeignKey
ALTER TABLE "DocumentMapLayout" ADD CONSTRAINT "DocumentMapLayout_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

