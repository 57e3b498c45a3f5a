/**
 * "Train from scratch" without the DOM: the worker (digits.worker.ts) runs one of these. Commands
 * start, pause, resume and change the learning rate; slice() trains chunks for about a time
 * budget and snapshot() says where training stands — epoch, the loss curve, training and test
 * accuracy, the hidden units' weights (for the 28 × 28 images) and the test confusion matrix.
 */
import { createDigitTraining, type DigitScores, type DigitTraining } from '../../core/digitTraining';
import { decodeDigits } from '../../core/digitData';

export type DigitsCommand =
  | { type: 'start'; data: ArrayBuffer; hidden: number; lr: number; seed: number }
  | { type: 'pause' }
  | { type: 'resume' }
  | { type: 'rate'; lr: number };

export interface DigitsSnapshot {
  running: boolean;
  /** Training rows seen / 8,000. */
  epochs: number;
  /** Mean loss of each trained chunk, in order. */
  losses: number[];
  /** Share of the training digits read right, at the last whole epoch (null before the first). */
  trainAccuracy: number | null;
  testAccuracy: number;
  testLoss: number;
  /** Hidden unit j's 784 weights at [784·j, 784·(j+1)), as float32 for transfer. */
  hiddenWeights: Float32Array;
  confusion: Uint32Array;
  predicted: Uint8Array;
  /** False once a weight is NaN or infinite: the learning rate was too large. */
  finite: boolean;
}

export class DigitsLoop {
  running = false;
  private session: DigitTraining | null = null;
  private losses: number[] = [];
  private trainAccuracy: number | null = null;
  private test: DigitScores | null = null;
  private nextEpoch = 1;

  constructor(private readonly now: () => number) {}

  handle(cmd: DigitsCommand): void {
    if (cmd.type === 'start') {
      this.session = createDigitTraining(decodeDigits(cmd.data), { hidden: cmd.hidden, lr: cmd.lr, seed: cmd.seed });
      this.losses = [];
      this.trainAccuracy = null;
      this.nextEpoch = 1;
      this.test = this.session.score('test');
      this.running = true;
    } else if (cmd.type === 'pause') this.running = false;
    else if (cmd.type === 'resume') this.running = this.session !== null && this.session.finite();
    else if (this.session) this.session.lr = cmd.lr;
  }

  /** Trains whole chunks until `budgetMs` has passed (at least one), scoring the test digits after the last. */
  slice(budgetMs: number): void {
    const s = this.session;
    if (!s || !this.running) return;
    const end = this.now() + budgetMs;
    do {
      this.losses.push(s.step());
      if (s.epochs >= this.nextEpoch) {
        this.nextEpoch = Math.floor(s.epochs) + 1;
        this.trainAccuracy = s.score('train').accuracy;
      }
      if (!s.finite()) { this.running = false; break; }
    } while (this.now() < end);
    this.test = s.score('test');
  }

  snapshot(): DigitsSnapshot | null {
    const s = this.session, test = this.test;
    if (!s || !test) return null;
    const W = s.mlp.weights[0].data;
    const hiddenWeights = new Float32Array(W.length);
    for (let i = 0; i < W.length; i++) hiddenWeights[i] = W[i];
    return {
      running: this.running,
      epochs: s.epochs,
      losses: this.losses.slice(),
      trainAccuracy: this.trainAccuracy,
      testAccuracy: test.accuracy,
      testLoss: test.loss,
      hiddenWeights,
      confusion: test.confusion,
      predicted: test.predicted,
      finite: s.finite(),
    };
  }
}
