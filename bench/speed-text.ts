// The speed bench's text: the demo article interleaved with generated articles (quotes with
// speakers, dates, numbers, evaluative words), deterministic for a given size. Shared by
// bench/analysis-speed.ts and bench/analysis-golden.ts (which checks optimisations change nothing).
import { rng } from "./rng";

const NAMES = ["Anna Keller", "the spokesperson of the Interior Ministry", "Mr. Olsen", "Dr. Ruth Amari", "the U.S. Department of State", "Prime Minister Ito"];
const VERBS = ["said", "told reporters", "stated", "insisted", "warned"];
const PLACES = ["Geneva", "Lagos", "Santiago", "Hanoi", "Oslo"];
const MONTHS = ["Jan.", "Mar.", "Sept.", "October", "June"];
const QUOTES = [
  "We will not accept this proposal. It is unfair.",
  "The figures speak for themselves",
  "Nothing has changed since the last meeting",
  "Our position is clear, and it is final",
];

export function generated(bytes: number, seed: number): string {
  const r = rng(seed);
  const pick = <T>(xs: T[]): T => xs[Math.floor(r() * xs.length)]!;
  const paras: string[] = [];
  let size = 0;
  while (size < bytes) {
    const s = [
      `On ${pick(MONTHS)} ${1 + Math.floor(r() * 28)}, ${2000 + Math.floor(r() * 25)}, ${pick(NAMES)} ${pick(VERBS)}: “${pick(QUOTES)}.”`,
      `“${pick(QUOTES)},” ${pick(NAMES)} ${pick(VERBS)} in ${pick(PLACES)}, adding that exports rose by ${Math.floor(r() * 90)}% in ${2010 + Math.floor(r() * 14)}.`,
      `However, critics rightly argue that the so-called "reform" is a vile attempt to shift blame... Therefore, the talks in ${pick(PLACES)} may fail.`,
      `Because the summit in ${pick(PLACES)} was postponed, the delegates met again for the third time`,
      `instead, according to ${pick(NAMES)}, which cited the «Final Communiqué of the ${pick(PLACES)} Conference».`,
    ];
    const para = s.slice(0, 2 + Math.floor(r() * 4)).join(" ");
    paras.push(para);
    size += para.length + 1;
  }
  return paras.join("\n");
}

/** `bytes` characters of the demo article and generated articles, alternating. */
export function speedText(bytes: number, demo: string): string {
  const parts: string[] = [];
  let size = 0;
  for (let i = 0; size < bytes; i++) {
    const part = i % 2 === 0 ? demo : generated(demo.length, i);
    parts.push(part);
    size += part.length + 1;
  }
  return joinedTo(parts, bytes);
}

/**
 * `parts.join("\n").slice(0, size)` as one sequential string, as the app's texts are (read from the database or a
 * request): the last part is cut before the join. A slice of a longer string is a V8 sliced string, which reaches each
 * character through its parent; the analyser read such a text about 7 % slower (instructions counted), a cost no
 * document the app analyses pays.
 */
export function joinedTo(parts: string[], size: number): string {
  // at: where parts[i] starts in the joined text.
  for (let i = 0, at = 0; i < parts.length; at += parts[i]!.length + 1, i++)
    if (at + parts[i]!.length >= size) return [...parts.slice(0, i), parts[i]!.slice(0, size - at)].join("\n");
  return parts.join("\n");
}
