-- Archived documents (issue 13): hidden from the documents list, the dashboard and search until
-- someone asks for them with "Show archived". NULL means not archived.
ALTER TABLE "Document" ADD COLUMN "archivedAt" TIMESTAMP(3);
