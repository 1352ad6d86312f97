// The automatic layout off the main thread: ELK on a map of 2,000 units takes seconds, during
// which the page could neither paint nor take a click. The page draws a provisional grid at
// once and swaps in what this worker sends back (use-map-positions.ts).
// Protocol: LayoutRequest in, LayoutReply out, matched by id.
import { layoutMap } from "@/lib/domain/map-elk";
import type { LayoutGraph, Positions } from "@/lib/domain/map-layout";

export interface LayoutRequest {
  id: number;
  graph: LayoutGraph;
}
export type LayoutReply = { id: number; positions: Positions } | { id: number; error: string };

const reply = (message: LayoutReply) => self.postMessage(message);

// elk.bundled.js, when it finds itself in a worker, takes self.onmessage for elkjs's own worker
// protocol. This module runs after it and takes the handler back: the bundled ELK lays out in
// this thread through its in-process fake worker and never needs that handler.
self.onmessage = (event: MessageEvent<LayoutRequest>) => {
  const { id, graph } = event.data;
  layoutMap(graph).then(
    (positions) => reply({ id, positions }),
    (e: unknown) => reply({ id, error: e instanceof Error ? e.message : String(e) }),
  );
};
