import "server-only";
import { HEARTBEAT_MS } from "@/lib/domain/jobs";
import { describeError } from "../errors";
import { log } from "../log";
import { changeHub } from "../realtime";
import { JOB_CHANNEL } from "../changes";
import { claimJob, failJob, heartbeat, onJobQueued, type ClaimedJob } from "./queue";

/** What runs a job of one kind; it finishes the job itself (completeJob in its saving transaction). */
export type JobHandler = (job: ClaimedJob) => Promise<void>;

/** Work a worker runs on a timetable rather than from the queue. */
export interface PeriodicWork {
  name: string;
  run: () => Promise<unknown>;
  everyMs: number;
}

/** Without a wake-up (a NOTIFY lost while reconnecting), queued and orphaned jobs are still found this often. */
const POLL_MS = 2_000;

/**
 * One job at a time per process (analysis is CPU work: more processes, not more jobs per process):
 * claims the oldest job, runs its handler with a heartbeat, records a failure in the words a
 * request would have got, and sleeps until a NOTIFY on JOB_CHANNEL, a local enqueue or the poll.
 */
export class JobWorker {
  private stopped = false;
  private wake: (() => void) | null = null;
  private loop: Promise<void> | null = null;
  private unsubscribe: Array<() => void> = [];
  /** The job being run, if any (tests and shutdown wait for it). */
  current: Promise<void> | null = null;

  private readonly nextPeriodic: number[];

  /** `periodic`: work on a timetable (queuing jobs, pruning old ones; safe to run in every process at once), each run every `everyMs`. */
  constructor(
    private readonly handlers: Record<string, JobHandler>,
    private readonly periodic: readonly PeriodicWork[] = [],
  ) {
    this.nextPeriodic = periodic.map(() => 0);
  }

  async start(): Promise<void> {
    if (this.loop) return;
    this.unsubscribe.push(onJobQueued(() => this.wake?.()));
    try {
      this.unsubscribe.push(await changeHub().subscribeChannel(JOB_CHANNEL, () => this.wake?.()));
    } catch (e) {
      log.warn({ err: e }, "jobs: could not LISTEN for new jobs; polling only");
    }
    this.loop = this.run();
  }

  async stop(): Promise<void> {
    this.stopped = true;
    this.wake?.();
    for (const stop of this.unsubscribe) stop();
    await this.loop;
  }

  private async run(): Promise<void> {
    while (!this.stopped) {
      for (const [i, work] of this.periodic.entries()) {
        if (Date.now() < this.nextPeriodic[i]!) continue;
        this.nextPeriodic[i] = Date.now() + work.everyMs;
        await work.run().catch((e: unknown) => log.warn({ err: e, work: work.name }, "jobs: periodic work failed"));
      }
      let job: ClaimedJob | null = null;
      try {
        job = await claimJob();
      } catch (e) {
        log.warn({ err: e }, "jobs: could not claim a job");
      }
      if (job) {
        this.current = this.runOne(job);
        await this.current;
        this.current = null;
        continue;
      }
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, POLL_MS);
        timer.unref?.();
        this.wake = () => {
          clearTimeout(timer);
          resolve();
        };
      });
      this.wake = null;
    }
  }

  private async runOne(job: ClaimedJob): Promise<void> {
    const started = Date.now();
    const beat = setInterval(() => heartbeat(job.id).catch(() => undefined), HEARTBEAT_MS);
    beat.unref?.();
    try {
      const handler = this.handlers[job.kind];
      if (!handler) throw new Error(`No handler for jobs of kind "${job.kind}".`);
      await handler(job);
      log.info({ jobId: job.id, kind: job.kind, ms: Date.now() - started }, "job done");
    } catch (e) {
      const { body } = describeError(e);
      log.info({ jobId: job.id, kind: job.kind, code: body.error.code, ms: Date.now() - started }, "job failed");
      await failJob(job, body.error).catch((err: unknown) => log.error({ err, jobId: job.id }, "jobs: could not record a failure"));
    } finally {
      clearInterval(beat);
    }
  }
}
