-- Relations remember which words of a merged unit they were drawn to, so a later split hands each
-- one back to the half holding those words (issue 13 bug 2). Null (every existing row): the whole unit.
ALTER TABLE "Relation"
  ADD COLUMN "fromAnchorStart" INTEGER,
  ADD COLUMN "fromAnchorEnd" INTEGER,
  ADD COLUMN "toAnchorStart" INTEGER,
  ADD COLUMN "toAnchorEnd" INTEGER;
