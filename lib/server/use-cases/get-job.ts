import "server-only";
import { z } from "zod";
import type { JobView } from "@/lib/domain/jobs";
import { ZId } from "@/lib/validation/ids";
import { listOwnJobs, readOwnJob } from "../jobs/queue";
import { defineUseCase } from "../use-case";

export const ZGetJobInput = z.object({ jobId: ZId("The job") });
export const ZListJobsInput = z.object({ workspaceId: ZId("The workspace") });

/** One of the caller's background jobs (another person's is NOT_FOUND): state, stage, progress, document, error. */
export const getJob = defineUseCase(ZGetJobInput, ({ userId, input }): Promise<JobView> => readOwnJob(userId, input.jobId));

/** The caller's imports in a workspace: running, and finished within the last day (the import page lists them). */
export const listJobs = defineUseCase(ZListJobsInput, ({ userId, input }): Promise<JobView[]> => listOwnJobs(userId, input.workspaceId));
