"use client";
import { layoutInput, type LayoutGraph, type Positions } from "@/lib/domain/map-layout";
import type { LayoutReply, LayoutRequest } from "./map-layout.worker";

export interface LayoutRunner {
  layout(graph: LayoutGraph): Promise<Positions>;
  /** Stops the worker; layouts still running are forgotten (their promises never settle). */
  dispose(): void;
}

/**
 * Runs the automatic layout in a Web Worker (one per map page, kept for Re-layout). Where no
 * worker can start (an old browser, a script blocked), the same function runs on the main thread,
 * loaded only then: slower to first paint, but the map still gets its layout.
 */
export function createLayoutRunner(): LayoutRunner {
  let worker: Worker | null = null;
  let failed = false;
  let serial = 0;
  const waiting = new Map<number, { resolve: (p: Positions) => void; reject: (e: Error) => void; graph: LayoutGraph }>();

  const inThread = async (graph: LayoutGraph) => (await import("@/lib/domain/map-elk")).layoutMap(graph);

  function start(): Worker | null {
    if (worker || failed) return worker;
    try {
      worker = new Worker(new URL("./map-layout.worker.ts", import.meta.url));
    } catch {
      failed = true;
      return null;
    }
    worker.onmessage = (event: MessageEvent<LayoutReply>) => {
      const reply = event.data;
      const job = waiting.get(reply.id);
      if (!job) return;
      waiting.delete(reply.id);
      if ("error" in reply) job.reject(new Error(reply.error));
      else job.resolve(reply.positions);
    };
    // The worker's script did not load or crashed: what it was asked moves to the main thread.
    worker.onerror = (event) => {
      event.preventDefault();
      failed = true;
      worker?.terminate();
      worker = null;
      for (const job of waiting.values()) inThread(job.graph).then(job.resolve, job.reject);
      waiting.clear();
    };
    return worker;
  }

  return {
    layout(graph) {
      const input = layoutInput(graph);
      const w = start();
      if (!w) return inThread(input);
      const id = ++serial;
      return new Promise<Positions>((resolve, reject) => {
        waiting.set(id, { resolve, reject, graph: input });
        w.postMessage({ id, graph: input } satisfies LayoutRequest);
      });
    },
    dispose() {
      worker?.terminate();
      worker = null;
      waiting.clear();
    },
  };
}
