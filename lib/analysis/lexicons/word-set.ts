// Word lists of text written without spaces, looked up by their first character. V8 runs an alternation of a few hundred
// Chinese words (`new RegExp(alt(words))`) by trying alternative after alternative at every position: on Chinese text that
// was a few per cent of the analysis per list. Here a position is tried only where one of the words begins, and the words
// there in the alternation's order (alt: longest first), so what is found is exactly what the regular expression finds.

/** A word list by first character; `starts` marks the code units that begin a word, so most positions cost one typed-array read. */
export class WordSet {
  private readonly byFirst = new Map<number, string[]>();
  private readonly starts = new Uint8Array(0x10000);

  constructor(words: readonly string[]) {
    // The order of `alt`: longest first, and in the list's order among words of one length (a stable sort).
    for (const w of [...words].sort((a, b) => b.length - a.length)) {
      if (w.length === 0) continue;
      const c = w.charCodeAt(0);
      this.starts[c] = 1;
      const list = this.byFirst.get(c);
      if (list) list.push(w);
      else this.byFirst.set(c, [w]);
    }
  }

  /** The word found at `i` in s[…, to), the alternation's first that fits, if any. */
  wordAt(s: string, i: number, to = s.length): string | undefined {
    if (this.starts[s.charCodeAt(i)] !== 1) return undefined;
    for (const w of this.byFirst.get(s.charCodeAt(i))!) if (i + w.length <= to && s.startsWith(w, i)) return w;
    return undefined;
  }

  /** Where the first word in s[from, to) begins, or -1: the index of `alternation.exec(s.slice(from, to))`, plus `from`. */
  indexIn(s: string, from = 0, to = s.length): number {
    const starts = this.starts;
    for (let i = from; i < to; i++) if (starts[s.charCodeAt(i)] === 1 && this.wordAt(s, i, to) !== undefined) return i;
    return -1;
  }

  /** The first word in s: `alternation.exec(s)?.[0]`. */
  first(s: string): string | undefined {
    const i = this.indexIn(s);
    return i < 0 ? undefined : this.wordAt(s, i);
  }

  /** The words that begin with the character at `i`, in the alternation's order (an alternation followed by more pattern backtracks over them). */
  wordsFrom(s: string, i: number): readonly string[] | undefined {
    return this.starts[s.charCodeAt(i)] !== 1 ? undefined : this.byFirst.get(s.charCodeAt(i));
  }
}
