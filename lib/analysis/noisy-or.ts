// The analyser's scores (check-worthiness, opinion) combine independent cues as a noisy-or,
// 1 - Π(1 - w): each cue can only raise the score, no single weak cue reaches 0.5, and the result
// stays within 0..1.
export const noisyOr = (weights: number[]): number => 1 - weights.reduce((p, w) => p * (1 - w), 1);
export const round = (x: number): number => Math.round(x * 100) / 100;

/** A score with the names of the cues that raised it (shown to reviewers as "why"). */
export interface Score {
  value: number;
  signals: string[];
}
