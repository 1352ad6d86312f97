"use client";
import Link from "next/link";
import { useQueue } from "./use-queue";

/** The header's "My queue" link with the number of claims waiting for the signed-in person, kept live. */
export function QueueBadge() {
  const { queue } = useQueue();
  const count = queue ? queue.counts.open + queue.counts.adjudications : 0;
  return (
    // The name is the visible text plus words for screen readers ("My queue, 4 open"): no aria-label, so the two never disagree.
    <Link href="/queue" data-testid="queue-link" className="inline-flex items-center gap-1 text-stone-700 hover:text-stone-950">
      My queue<span className="sr-only">,</span> {/* No number until the server has answered: a "0" while loading would be a wrong answer. */}
      {queue && (
        <>
          <span
            data-testid="queue-count"
            data-count={count}
            className={`min-w-[1.2rem] rounded-full px-1 text-center text-[11px] font-semibold leading-[1.2rem] ${count ? "bg-blue-700 text-white" : "bg-stone-200 text-stone-800"}`}
          >
            {count > 99 ? "99+" : count}
          </span>
          <span className="sr-only"> open</span>
        </>
      )}
    </Link>
  );
}
