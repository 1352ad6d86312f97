import "server-only";
import { ZEndSessionsInput } from "@/lib/validation/auth";
import { endSessions } from "../sessions";
import { defineUseCase } from "../use-case";

/**
 * Sign out everywhere: ends every browser session of the caller at once, in every app process
 * (open pages and event streams lose access at their next request or re-check). With
 * `keepThisOne`, the session asking (`currentSessionId`) stays signed in.
 */
export const endAllSessions = defineUseCase(ZEndSessionsInput, async ({ userId, input }, currentSessionId: string | null = null) => ({
  endedSessions: await endSessions(userId, input.keepThisOne ? currentSessionId : null),
}));
