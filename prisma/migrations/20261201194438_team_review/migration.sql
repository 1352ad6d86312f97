-- CreateEnum
CREATE TYPE "NotificationKind" AS ENUM ('ASSIGNED', 'MENTIONED', 'OVERRULED', 'APPROVED', 'REOPENED');

-- AlterEnum: rename in place, so every existing row keeps its meaning (Prisma's generated
-- "create a new type and cast through text" would fail on rows holding the old values).
-- RENAME VALUE (PostgreSQL 10+) and ADD VALUE ... AFTER run on PostgreSQL 15 and PGlite (18).
-- ADD VALUE may run inside the migration's transaction because nothing here uses 'APPROVED'.
-- Old values in Activity.before/after JSON are history and stay as they were written
-- (lib/domain/workflow.ts LEGACY_REVIEW_STATUS maps them for display and for old exports).
ALTER TYPE "ReviewStatus" RENAME VALUE 'IN_PROGRESS' TO 'IN_REVIEW';
ALTER TYPE "ReviewStatus" RENAME VALUE 'NEEDS_SECOND_REVIEW' TO 'NEEDS_ADJUDICATION';
ALTER TYPE "ReviewStatus" RENAME VALUE 'DONE' TO 'REVIEWED';
ALTER TYPE "ReviewStatus" ADD VALUE 'APPROVED' AFTER 'REVIEWED';

-- DropIndex
DROP INDEX "Unit_assigneeId_idx";

-- AlterTable
ALTER TABLE "Document" ADD COLUMN     "doubleReview" BOOLEAN NOT NULL DEFAULT false;

-- AlterTable
ALTER TABLE "Evidence" ADD COLUMN     "addedById" TEXT;

-- AlterTable
ALTER TABLE "Unit" ADD COLUMN     "assignedAt" TIMESTAMP(3),
ADD COLUMN     "secondAssignedAt" TIMESTAMP(3),
ADD COLUMN     "secondAssigneeId" TEXT;

-- Existing assignments: "oldest assignment first" needs a time. Take the last Activity row that
-- set this assignee (assignClaims writes "unit.assign", PATCH writes "unit.update" with
-- after.assigneeId), else the unit's last change, the latest the assignment can have happened.
UPDATE "Unit" AS u
SET "assignedAt" = COALESCE(
    (SELECT max(a."createdAt") FROM "Activity" AS a
     WHERE a."entityType" = 'unit' AND a."entityId" = u."id"
       AND a."after" -> 'assigneeId' = to_jsonb(u."assigneeId")),
    u."updatedAt")
WHERE u."assigneeId" IS NOT NULL;

-- Not modelled by Prisma (it ignores CHECK constraints): the second reviewer is never the first.
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_second_assignee_differs" CHECK ("secondAssigneeId" IS NULL OR "secondAssigneeId" IS DISTINCT FROM "assigneeId");

-- AlterTable
ALTER TABLE "Workspace" ADD COLUMN     "assignedOnly" BOOLEAN NOT NULL DEFAULT false;

-- CreateTable
CREATE TABLE "UnitReview" (
    "id" TEXT NOT NULL,
    "unitId" TEXT NOT NULL,
    "reviewerId" TEXT NOT NULL,
    "verdict" "Verdict" NOT NULL,
    "rationale" TEXT,
    "submittedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "UnitReview_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Invitation" (
    "id" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "role" "Role" NOT NULL,
    "tokenHash" TEXT NOT NULL,
    "invitedById" TEXT,
    "expiresAt" TIMESTAMP(3) NOT NULL,
    "acceptedAt" TIMESTAMP(3),
    "acceptedById" TEXT,
    "revokedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Invitation_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Notification" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "workspaceId" TEXT NOT NULL,
    "kind" "NotificationKind" NOT NULL,
    "unitId" TEXT,
    "documentId" TEXT,
    "actorId" TEXT,
    "data" JSONB NOT NULL DEFAULT '{}',
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Notification_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "Presence" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "documentId" TEXT NOT NULL,
    "connectionId" TEXT NOT NULL,
    "unitId" TEXT,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "Presence_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "UnitReview_reviewerId_idx" ON "UnitReview"("reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "UnitReview_unitId_reviewerId_key" ON "UnitReview"("unitId", "reviewerId");

-- CreateIndex
CREATE UNIQUE INDEX "Invitation_tokenHash_key" ON "Invitation"("tokenHash");

-- CreateIndex
CREATE INDEX "Invitation_workspaceId_createdAt_idx" ON "Invitation"("workspaceId", "createdAt");

-- CreateIndex
CREATE INDEX "Invitation_workspaceId_email_idx" ON "Invitation"("workspaceId", "email");

-- CreateIndex
CREATE INDEX "Notification_userId_readAt_createdAt_idx" ON "Notification"("userId", "readAt", "createdAt");

-- CreateIndex
CREATE INDEX "Notification_workspaceId_idx" ON "Notification"("workspaceId");

-- CreateIndex
CREATE INDEX "Presence_documentId_heartbeatAt_idx" ON "Presence"("documentId", "heartbeatAt");

-- CreateIndex
CREATE INDEX "Presence_heartbeatAt_idx" ON "Presence"("heartbeatAt");

-- CreateIndex
CREATE UNIQUE INDEX "Presence_documentId_userId_connectionId_key" ON "Presence"("documentId", "userId", "connectionId");

-- CreateIndex
CREATE INDEX "Unit_assigneeId_assignedAt_idx" ON "Unit"("assigneeId", "assignedAt");

-- CreateIndex
CREATE INDEX "Unit_secondAssigneeId_secondAssignedAt_idx" ON "Unit"("secondAssigneeId", "secondAssignedAt");

-- AddForeignKey
ALTER TABLE "Unit" ADD CONSTRAINT "Unit_secondAssigneeId_fkey" FOREIGN KEY ("secondAssigneeId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitReview" ADD CONSTRAINT "UnitReview_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "UnitReview" ADD CONSTRAINT "UnitReview_reviewerId_fkey" FOREIGN KEY ("reviewerId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Evidence" ADD CONSTRAINT "Evidence_addedById_fkey" FOREIGN KEY ("addedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_invitedById_fkey" FOREIGN KEY ("invitedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Invitation" ADD CONSTRAINT "Invitation_acceptedById_fkey" FOREIGN KEY ("acceptedById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_workspaceId_fkey" FOREIGN KEY ("workspaceId") REFERENCES "Workspace"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Notification" ADD CONSTRAINT "Notification_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_documentId_fkey" FOREIGN KEY ("documentId") REFERENCES "Document"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "Presence" ADD CONSTRAINT "Presence_unitId_fkey" FOREIGN KEY ("unitId") REFERENCES "Unit"("id") ON DELETE SET NULL ON UPDATE CASCADE;

