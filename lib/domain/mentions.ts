// @mentions in a comment, matched against the workspace's member names. PURE: the comment use
// case notifies the members found; the UI highlights the same ranges. Names are free text
// (spaces, any script), so there is no "@handle" grammar to parse: at each "@" the longest
// member name that follows, compared case-insensitively, wins ("@Ann Lee" is Ann Lee, not Ann).
// Offsets are JavaScript string indices (UTF-16), end exclusive, like Unit offsets.

export interface Member {
  id: string;
  name: string;
}

export interface Mention {
  memberId: string;
  /** Index of the "@". */
  start: number;
  /** After the name. */
  end: number;
}

const WORD = /[\p{L}\p{N}\p{M}_]/u;
/**
 * Before "@": start, space or punctuation such as "(" — but not what e-mail addresses, URLs and
 * paths put there ("ann@example.org", "ann.lee@", "x.com/@ann", "+@").
 */
const NOT_BEFORE = /[\p{L}\p{N}\p{M}_.+\-@/\\=]/u;
/** Scripts written without spaces between words: text may run right up to "@" and on after the name. */
const UNSPACED = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Thai}\p{Script=Lao}\p{Script=Khmer}\p{Script=Myanmar}]/u;

const sameText = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: "accent" }) === 0;

/**
 * Every mention in `body`, in text order. A name ends at a word boundary ("@Ann" is not in
 * "@Annabel", nor in "@ann.lee" or "@ann-marie"), except after a letter of a script written
 * without spaces ("@李明你好"). Two members with the same name (ignoring case) are ambiguous:
 * that name mentions nobody — notifying the wrong person is worse than notifying no one.
 */
export function findMentions(body: string, members: readonly Member[]): Mention[] {
  const candidates = namesLongestFirst(members);
  const found: Mention[] = [];
  for (let i = body.indexOf("@"); i !== -1; i = body.indexOf("@", i + 1)) {
    const before = i > 0 ? charBefore(body, i) : "";
    if (before && NOT_BEFORE.test(before) && !UNSPACED.test(before)) continue;
    const hit = candidates.find((c) => matchesAt(body, i + 1, c.name));
    if (!hit) continue;
    const end = i + 1 + hit.name.length;
    // An ambiguous longest match still consumes the name: "@Ann Lee" never falls back to "Ann".
    if (hit.id !== null) found.push({ memberId: hit.id, start: i, end });
    i = end - 1;
  }
  return found;
}

/** The members mentioned, each once, in order of first mention. */
export function mentionedMemberIds(body: string, members: readonly Member[]): string[] {
  return [...new Set(findMentions(body, members).map((m) => m.memberId))];
}

/** Trimmed, non-empty names, longest first (so the longest match wins); id null when ambiguous. */
function namesLongestFirst(members: readonly Member[]): { id: string | null; name: string }[] {
  const byName = new Map<string, { ids: Set<string>; name: string }>();
  for (const m of members) {
    const name = m.name.trim();
    if (!name) continue;
    const key = name.toLocaleLowerCase();
    const entry = byName.get(key) ?? { ids: new Set<string>(), name };
    entry.ids.add(m.id);
    byName.set(key, entry);
  }
  return [...byName.values()].map(({ ids, name }) => ({ id: ids.size === 1 ? [...ids][0]! : null, name })).sort((a, b) => b.name.length - a.name.length);
}

function matchesAt(body: string, at: number, name: string): boolean {
  if (!sameText(body.slice(at, at + name.length), name)) return false;
  const next = body.slice(at + name.length);
  if (!next) return true;
  const last = charBefore(name, name.length);
  const following = String.fromCodePoint(next.codePointAt(0)!);
  if (UNSPACED.test(last)) return true;
  if (WORD.test(following) || following === "@") return false;
  // "@ann.lee", "@ann-marie": the name goes on; "@Ann." and "@Ann's" end it.
  if ((following === "." || following === "-") && next.length > 1) return !WORD.test(next[1]!);
  return true;
}

/** The code point ending just before index `i` (a surrogate pair counts as one character). */
function charBefore(s: string, i: number): string {
  const low = s.charCodeAt(i - 1);
  if (i >= 2 && low >= 0xdc00 && low <= 0xdfff) return s.slice(i - 2, i);
  return s.slice(i - 1, i);
}
