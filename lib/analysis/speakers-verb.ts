// Two helpers of attribute() (speakers.ts), at module level: the closures it made per call for them held its variables in
// a context object.
import { COMPLEMENTIZERS } from "./lexicon";
import type { Mention } from "./mentions";
import { BLAME_VERBS } from "./speaker-shapes";
import { personLike } from "./speakers";
import type { WordList } from "./speakers-words";
import { governed } from "./subjects";

/** The last of the mentions ending by `at` (`findLast` without a closure per call). */
export function lastEndingBy(mentions: readonly Mention[], at: number): Mention | undefined {
  for (let k = mentions.length - 1; k >= 0; k--) if (mentions[k]!.end <= at) return mentions[k];
  return undefined;
}

/**
 * The name right after the verb (not past "that"/"что": "сайт заявил, что в районе Зурмат «…»" names a place of the reported
 * clause); for an office, its holder named after it ("comme le précise l'ambassadeur …, Bernard Bajolet :"). Never after a
 * verb of blame, whose object is the one blamed: "accusé l'Élysée de tenir un « cabinet noir »". (A module function: the
 * closure made per call held the variables of attribute() in a context.)
 */
export function afterVerb(
  text: string,
  w: WordList,
  mentions: Mention[],
  verbStart: number,
  verbEnd: number,
  verbNorm: string,
  language: string,
): Mention | undefined {
  if (BLAME_VERBS.has(verbNorm)) return undefined;
  let after: Mention | undefined;
  for (let i = 0; i < mentions.length && !after; i++) {
    const m = mentions[i]!;
    if (m.start < verbEnd) continue;
    // The words between the verb and the name: at most three, none of them "that".
    let between = 0;
    let far = false;
    for (let k = 0; k < w.length && !far; k++)
      if (w.start(k) > verbStart && w.start(k) < m.start && (++between > 3 || COMPLEMENTIZERS.has(w.norm(k)))) far = true;
    // Not a name a preposition governs: "dijo haber propuesto a Porta …".
    if (!far && !governed(w, m, language, text)) after = m;
  }
  if (after?.kind !== "office") return after;
  const office = after;
  return mentions.find((m) => personLike(m) && m.start > office.end && m.start - office.end <= 40) ?? after;
}
