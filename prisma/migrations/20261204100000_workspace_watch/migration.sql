-- The optional daily "Check for changes" per workspace: on or off, who turned it on (its jobs run
-- with that member's rights), and when the scheduler last queued them.
ALTER TABLE "Workspace" ADD COLUMN "watchDaily" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN "watchById" TEXT,
ADD COLUMN "watchCheckedAt" TIMESTAMP(3);

-- AddForeignKey
ALTER TABLE "Workspace" ADD CONSTRAINT "Workspace_watchById_fkey" FOREIGN KEY ("watchById") REFERENCES "User"("id") ON DELETE SET NULL ON UPDATE CASCADE;
