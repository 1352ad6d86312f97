-- CreateTable
CREATE TABLE "EventStream" (
    "id" TEXT NOT NULL,
    "userId" TEXT NOT NULL,
    "heartbeatAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "EventStream_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "EventStream_userId_heartbeatAt_idx" ON "EventStream"("userId", "heartbeatAt");

-- AddForeignKey
ALTER TABLE "EventStream" ADD CONSTRAINT "EventStream_userId_fkey" FOREIGN KEY ("userId") REFERENCES "User"("id") ON DELETE CASCADE ON UPDATE CASCADE;

