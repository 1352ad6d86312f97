-- Arguments as first-class records (issue 16): premise-conclusion structures with schemes and
-- critical-question answers, and relations between arguments, statements and units.
-- Written from prisma migrate diff against the previous schema, plus the CHECK constraints.

-- CreateEnum
CREATE TYPE "ArgumentRole" AS ENUM ('PREMISE', 'INTERMEDIATE', 'CONCLUSION');

-- CreateEnum
CREATE TYPE "ArgumentStatus" AS ENUM ('DRAFT', 'REVIEWED');

-- CreateEnum
CREATE TYPE "QuestionAnswer" AS ENUM ('HOLDS', 'FAILS', 'UNKNOWN');

-- CreateEnum
CREATE TYPE "ArgumentRelationType" AS ENUM ('SUPPORTS', 'ATTACKS', 'UNDERCUTS', 'UNDERMINES');

-- CreateTable
CREATE TABLE "Argument" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "title" TEXT NOT NULL,
    "schemeId" TEXT,
    "status" "ArgumentStatus" NOT NULL DEFAULT 'DRAFT',
    "version" INTEGER NOT NULL DEFAULT 1,
    "createdById" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "Argument_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArgumentStatement" (
    "id" TEXT NOT NULL,
    "argumentId" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "role" "ArgumentRole" NOT NULL,
    "unitId" TEXT,
    "text" TEXT NOT NULL,
    "implicit" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ArgumentStatement_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArgumentAnswer" (
    "id" TEXT NOT NULL,
    "argumentId" TEXT NOT NULL,
    "schemeId" TEXT NOT NULL,
    "questionId" TEXT NOT NULL,
    "answer" "QuestionAnswer" NOT NULL,
    "note" TEXT,
    "answeredById" TEXT,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "ArgumentAnswer_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ArgumentRelation" (
    "id" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "type" "ArgumentRelationType" NOT NULL,
    "fromArgumentId" TEXT,
    "fromUnitId" TEXT,
    "fromText" TEXT,
    "toArgumentId" TEXT,
    "toStatementId" TEXT,
    "toUnitId" TEXT,
    "questionId" TEXT,
    "origin" "Origin" NOT NULL DEFAULT 'MANUAL',
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ArgumentRelation_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "Argument_documentId_createdAt_idx" ON "Argument"("documentId", "createdAt");

-- CreateIndex
CREATE INDEX "ArgumentStatement_argumentId_position_idx" ON "ArgumentStatement"("argumentId", "position");

-- CreateIndex
CREATE INDEX "ArgumentStatement_unitId_idx" ON "ArgumentStatement"("unitId");

-- CreateIndex
CREATE UNIQUE INDEX "ArgumentAnswer_argumentId_schemeId_questionId_key" ON "ArgumentAnswer"("argumentId", "schemeId", "questionId");

-- CreateIndex
CREATE INDEX "ArgumentRelation_documentId_idx" ON "ArgumentRelation"("documentId");

-- CreateIndex
CREATE INDEX "ArgumentRelation_toArgumentId_idx" ON "ArgumentRelation"("toArgumentId");

-- CreateIndex
CREATE INDEX "ArgumentRelation_fromArgumentId_idx" ON "ArgumentRelation"("fromArgumentId");

-- AddForeignKey
ALTER TABLE "Argument" ADD CONSTRAINT "Argument_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Argument" ADD CONSTRAINT "Argument_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentStatement" ADD CONSTRAINT "ArgumentStatement_argumentId_fkey" FOREIGN KEY ("argumentId") REFERENCES "Argument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentStatement" ADD CONSTRAINT "ArgumentStatement_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentAnswer" ADD CONSTRAINT "ArgumentAnswer_argumentId_fkey" FOREIGN KEY ("argumentId") REFERENCES "Argument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentAnswer" ADD CONSTRAINT "ArgumentAnswer_answeredById_fkey" FOREIGN KEY ("answeredById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_fromArgumentId_fkey" FOREIGN KEY ("fromArgumentId") REFERENCES "Argument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_fromUnitId_fkey" FOREIGN KEY ("fromUnitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_toArgumentId_fkey" FOREIGN KEY ("toArgumentId") REFERENCES "Argument"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_toStatementId_fkey" FOREIGN KEY ("toStatementId") REFERENCES "ArgumentStatement"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_toUnitId_fkey" FOREIGN KEY ("toUnitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;


-- Exactly one source and one target, an undercut attacks the inference of an argument, an undermine a
-- statement (a premise). Enforced here so no writer (API, import, script) can store a dangling edge.
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_one_source"
  CHECK (num_nonnulls("fromArgumentId", "fromUnitId", "fromText") = 1);
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_one_target"
  CHECK (num_nonnulls("toArgumentId", "toStatementId", "toUnitId") = 1);
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_undercut_targets_argument"
  CHECK ("type" <> 'UNDERCUTS' OR "toArgumentId" IS NOT NULL);
ALTER TABLE "ArgumentRelation" ADD CONSTRAINT "ArgumentRelation_undermine_targets_statement"
  CHECK ("type" <> 'UNDERMINES' OR "toStatementId" IS NOT NULL);
