/**
 * "Train from scratch" without the DOM: the worker (digits.worker.ts) runs one of these. Commands
 * start, pause, resume and change the learning rate; slice() trains chunks for about a time
 * budget and snapshot() says where training stands — epoch, the loss curve, training and test
 * accuracy, the whole network as a weights file (the figure reads drawings with it, draws its
 * hidden units and offers it for download) and the test confusion matrix.
 */
import { createDigitTraining, type DigitScores, type DigitTraining } from '../../core/digitTraining';
import { decodeDigits, encodeNetwork } from '../../core/digitData';

export type DigitsCommand =
  | { type: 'start'; data: ArrayBuffer; hidden: number; lr: number; seed: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'rate'; lr: number };

export interface DigitsSnapshot {
  running: boolean;
  /** Training rows seen / 8,000. */
  epochs: number;
  /** Training rows seen, and the milliseconds spent training them (for the rate). */
  samples: number;
  trainMs: number;
  /** Mean loss of each trained chunk, in order. */
  losses: number[];
  /** Share of the first TRAIN_SCORED training digits read right, at the last whole epoch (null before the first). */
  trainAccuracy: number | null;
  testAccuracy: number;
  testLoss: number;
  /** The network as a weights file (digitData's layout). */
  network: Uint8Array;
  confusion: Uint32Array;
  predicted: Uint8Array;
  /** False once a weight is NaN or infinite: the learning rate was too large. */
  finite: boolean;
}

/** Scoring the 2,000 test digits costs about a chunk of training: at most once a second while running. */
export const TEST_EVERY_MS = 1000;
/** The training accuracy, after each epoch, is measured on the first 2,000 training digits (all 8,000 would cost a quarter of an epoch). */
export const TRAIN_SCORED = 2000;

export class DigitsLoop {
  running = false;
  private session: DigitTraining | null = null;
  private losses: number[] = [];
  private trainAccuracy: number | null = null;
  private test: DigitScores | null = null;
  private nextEpoch = 1;
  private trainMs = 0;
  private testedAt = -Infinity;
  private stale = false;

  constructor(private readonly now: () => number) {}

  handle(cmd: DigitsCommand): void {
    if (cmd.type === 'start') {
      this.session = createDigitTraining(decodeDigits(cmd.data), { hidden: cmd.hidden, lr: cmd.lr, seed: cmd.seed });
      this.losses = [];
      this.trainAccuracy = null;
      this.nextEpoch = 1;
      this.trainMs = 0;
      this.test = this.session.score('test');
      this.testedAt = this.now();
      this.stale = false;
      this.running = true;
    } else if (cmd.type === 'pause') {
      this.running = false;
      this.rescore();
    } else if (cmd.type === 'resume') this.running = this.session !== null && this.session.finite();
    else if (this.session) this.session.lr = cmd.lr;
  }

  /** Trains whole chunks until `budgetMs` has passed (at least one); the test digits are scored at most every TEST_EVERY_MS, and when training stops. */
  slice(budgetMs: number): void {
    const s = this.session;
    if (!s || !this.running) return;
    const start = this.now(), end = start + budgetMs;
    let t = start;
    do {
      this.losses.push(s.step());
      this.stale = true;
      if (s.epochs >= this.nextEpoch) {
        this.nextEpoch = Math.floor(s.epochs) + 1;
        this.trainAccuracy = s.score('train', TRAIN_SCORED).accuracy;
      }
      if (!s.finite()) { this.running = false; break; }
      t = this.now();
    } while (t < end);
    this.trainMs += t - start;
    if (!this.running || t - this.testedAt >= TEST_EVERY_MS) this.rescore();
  }

  private rescore(): void {
    if (!this.session || !this.stale) return;
    this.test = this.session.score('test');
    this.testedAt = this.now();
    this.stale = false;
  }

  snapshot(): DigitsSnapshot | null {
    const s = this.session, test = this.test;
    if (!s || !test) return null;
    return {
      running: this.running,
      epochs: s.epochs,
      samples: Math.round(s.epochs * s.trainRows),
      trainMs: this.trainMs,
      losses: this.losses.slice(),
      trainAccuracy: this.trainAccuracy,
      testAccuracy: test.accuracy,
      testLoss: test.loss,
      network: encodeNetwork(s.mlp),
      confusion: test.confusion,
      predicted: test.predicted,
      finite: s.finite(),
    };
  }
}
