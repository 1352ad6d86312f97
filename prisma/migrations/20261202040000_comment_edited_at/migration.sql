-- A comment is "edited" when its author changed its text, not when it was resolved or reopened
-- (updatedAt changes for both). Existing comments: edited if changed after creation while open.
ALTER TABLE "Comment" ADD COLUMN "editedAt" TIMESTAMP(3);
UPDATE "Comment" SET "editedAt" = "updatedAt" WHERE "resolvedAt" IS NULL AND "updatedAt" > "createdAt" + interval '1 second';
