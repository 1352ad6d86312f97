// V8 starts an empty `[]` literal with small-integer elements and moves it to object elements
// at its first push of an object or a string. The functions that run once per analysis
// (analyseQuotes, buildPieces, findRelations, …) are optimised while their lists already hold
// objects; on the next analysis their fresh `[]` made that code deoptimise at the first push
// ("not a Smi") and be compiled again, for tens of milliseconds per analysis in the first
// ones. A list made here holds object elements from the start, so that code stays valid.

const SEED: readonly unknown[] = [null];

/** An empty array already in the element kind of arrays of objects or strings. */
export const objectList = <T>(): T[] => SEED.slice(0, 0) as T[];
