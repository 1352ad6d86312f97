import "server-only";
import { isFinished, type JobView } from "@/lib/domain/jobs";
import { subscribeToUser } from "../realtime";
import { readOwnJob } from "./queue";

/**
 * Follows one of the person's jobs until it is done or failed (or `signal` aborts): `onView` gets
 * its state at once and after every move, in order. Resolves with the last state seen.
 */
export async function followJob(userId: string, jobId: string, onView: (view: JobView) => void, signal?: AbortSignal): Promise<JobView> {
  let chain = Promise.resolve();
  let last: JobView | null = null;
  let finish: (view: JobView) => void = () => undefined;
  let fail: (e: unknown) => void = () => undefined;
  const finished = new Promise<JobView>((resolve, reject) => {
    finish = resolve;
    fail = reject;
  });
  const read = () => {
    chain = chain.then(() =>
      readOwnJob(userId, jobId).then((view) => {
        if (last && last.state === view.state && last.stage === view.stage && last.progress === view.progress) return;
        last = view;
        onView(view);
        if (isFinished(view.state)) finish(view);
      }, fail),
    );
  };
  const unsubscribe = await subscribeToUser(userId, (event) => {
    if (event.type === "job" && event.jobId === jobId) read();
  });
  const onAbort = () => fail(new Error("The client went away."));
  signal?.addEventListener("abort", onAbort, { once: true });
  read();
  try {
    return await finished;
  } finally {
    unsubscribe();
    signal?.removeEventListener("abort", onAbort);
  }
}
