// Reasoning checks on the argument map: circular support, and each claim's balance of
// support and attack. Pure, so the map view, exports and tests share one answer.
import type { GraphEdge } from "./map-graph";
import type { Verdict } from "./vocabulary";

/** Relation types that carry inference; a cycle through them is circular reasoning. CITES and REPHRASES do not. */
const INFERENTIAL = new Set<GraphEdge["type"]>(["SUPPORTS", "ATTACKS"]);

/**
 * Groups of units that support or attack each other in a circle (strongly connected
 * components of two or more units, Tarjan's algorithm, iterative so 5,000-node maps cannot
 * overflow the stack). Each group is sorted; groups come in order of their first unit.
 */
export function findCycles(edges: Pick<GraphEdge, "from" | "to" | "type">[]): string[][] {
  const next = new Map<string, string[]>();
  for (const e of edges) {
    if (!INFERENTIAL.has(e.type) || e.from === e.to) continue;
    (next.get(e.from) ?? next.set(e.from, []).get(e.from)!).push(e.to);
    if (!next.has(e.to)) next.set(e.to, []);
  }
  const index = new Map<string, number>();
  const low = new Map<string, number>();
  const onStack = new Set<string>();
  const stack: string[] = [];
  const groups: string[][] = [];
  let counter = 0;
  for (const root of next.keys()) {
    if (index.has(root)) continue;
    const work: { node: string; child: number }[] = [{ node: root, child: 0 }];
    index.set(root, counter);
    low.set(root, counter++);
    stack.push(root);
    onStack.add(root);
    while (work.length > 0) {
      const frame = work[work.length - 1]!;
      const children = next.get(frame.node)!;
      if (frame.child < children.length) {
        const child = children[frame.child++]!;
        if (!index.has(child)) {
          index.set(child, counter);
          low.set(child, counter++);
          stack.push(child);
          onStack.add(child);
          work.push({ node: child, child: 0 });
        } else if (onStack.has(child)) {
          low.set(frame.node, Math.min(low.get(frame.node)!, index.get(child)!));
        }
        continue;
      }
      work.pop();
      const parent = work[work.length - 1];
      if (parent) low.set(parent.node, Math.min(low.get(parent.node)!, low.get(frame.node)!));
      if (low.get(frame.node) === index.get(frame.node)) {
        const group: string[] = [];
        let member: string;
        do {
          member = stack.pop()!;
          onStack.delete(member);
          group.push(member);
        } while (member !== frame.node);
        if (group.length > 1) groups.push(group.sort());
      }
    }
  }
  return groups.sort((a, b) => (a[0]! < b[0]! ? -1 : 1));
}

export interface SupportSummary {
  supportedBy: number;
  attackedBy: number;
  /** Supporters / attackers that a reviewer has themselves marked Supported. */
  establishedSupport: number;
  establishedAttack: number;
  cites: number;
  /** "supported": backed (supports or cites) and never attacked; "attacked": only attacked; "contested": both. */
  standing: "unchallenged" | "supported" | "attacked" | "contested";
}

/** For each unit that is the target of a relation: how it is supported and attacked. */
export function summarizeSupport(nodes: { id: string; verdict: Verdict }[], edges: Pick<GraphEdge, "from" | "to" | "type">[]): Map<string, SupportSummary> {
  const verdict = new Map(nodes.map((n) => [n.id, n.verdict]));
  const out = new Map<string, SupportSummary>();
  for (const n of nodes) out.set(n.id, { supportedBy: 0, attackedBy: 0, establishedSupport: 0, establishedAttack: 0, cites: 0, standing: "unchallenged" });
  for (const e of edges) {
    const s = out.get(e.to);
    if (!s || !verdict.has(e.from)) continue;
    const established = verdict.get(e.from) === "SUPPORTED";
    if (e.type === "SUPPORTS") {
      s.supportedBy++;
      if (established) s.establishedSupport++;
    } else if (e.type === "ATTACKS") {
      s.attackedBy++;
      if (established) s.establishedAttack++;
    } else if (e.type === "CITES") {
      s.cites++;
    }
  }
  for (const s of out.values()) s.standing = standingOf(s);
  return out;
}

function standingOf(s: SupportSummary): SupportSummary["standing"] {
  if (s.attackedBy === 0) return s.supportedBy + s.cites > 0 ? "supported" : "unchallenged";
  if (s.supportedBy + s.cites === 0) return "attacked";
  return "contested";
}
