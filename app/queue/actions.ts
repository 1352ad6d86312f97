"use server";
// "My queue": the page and the header's badge read it again when the person's queue event arrives.
import type { ActionResult } from "@/lib/domain/errors";
import type { QueueView } from "@/lib/domain/views";
import { requireUser } from "@/lib/server/current-user";
import { runAction } from "@/lib/server/errors";
import { getQueue } from "@/lib/server/use-cases/get-queue";

// getQueue takes no input (only the signed-in person), so it is not a parsed use case for defineAction.
export async function getQueueAction(): Promise<ActionResult<QueueView>> {
  return runAction(async () => getQueue({ userId: (await requireUser()).id }));
}
