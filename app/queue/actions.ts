"use server";
// "My queue": the page and the header's badge read it again when the person's queue event arrives.
import { defineAction } from "@/lib/server/action";
import { getQueue } from "@/lib/server/use-cases/get-queue";

export const getQueueAction = defineAction(getQueue);
