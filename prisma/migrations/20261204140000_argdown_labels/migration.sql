-- Argdown titles of units and arguments, and the inference rules of an argument's PCS steps
-- (issue 16), so an Argdown file keeps them through import and export.
ALTER TABLE "Unit" ADD COLUMN "label" TEXT;

ALTER TABLE "Argument" ADD COLUMN "label" TEXT,
ADD COLUMN "inference" JSONB;
