/**
 * The training loop shared by the Web Worker and the main-thread fallback: commands in, snapshots
 * out. It trains in time slices and measures its own rate (epochs per second of wall time while
 * playing), so the figure can show how fast it runs.
 */
import {
  createTrainingSession, sessionSnapshot, setSessionOptimizer, trainSession, type OptimizerName, type TrainingSession, type TrainingConfig, type TrainingSnapshot,
} from '../../core';

/** What can change while a network trains: the step's rate, batch, optimiser and L2 strength. */
export interface StepSettings {
  lr: number;
  batch: number;
  opt: OptimizerName;
  l2: number;
}

export type Command =
  | { type: 'init'; config: TrainingConfig; settings: StepSettings }
  | { type: 'set'; settings: StepSettings }
  | { type: 'play' }
  | { type: 'pause' }
  | { type: 'step' }
  // How often the page wants snapshots (ms): no more often than it can draw them.
  | { type: 'pace'; every: number };

export interface LoopSnapshot extends TrainingSnapshot {
  running: boolean;
  /** Epochs per second since Play was last pressed (0 before any timed run). */
  rate: number;
  /** Epochs and milliseconds of training timed since Play (for the benchmark). */
  playedEpochs: number;
  playedMs: number;
}

/** What the loop's owner hears: a snapshot, or what went wrong (the loop has then stopped). */
export type LoopMessage = LoopSnapshot | { error: string };

export class TrainingLoop {
  session: TrainingSession | null = null;
  lr = 0.03;
  batch = 10;
  private opt: OptimizerName = 'sgd';
  private l2 = 0;
  running = false;
  private playedEpochs = 0;
  private playedMs = 0;
  private playStart = 0;
  private playEpoch0 = 0;

  constructor(private readonly now: () => number) {}

  /** The spacing of snapshots the page asked for ('pace'), in ms. */
  pace = 0;

  /** Applies a command; returns true when a snapshot should be sent right away. */
  handle(cmd: Command): boolean {
    switch (cmd.type) {
      case 'init':
        this.session = createTrainingSession(cmd.config);
        this.apply(cmd.settings);
        this.running = false;
        this.playedEpochs = 0;
        this.playedMs = 0;
        return true;
      case 'set':
        this.apply(cmd.settings);
        return false;
      case 'play':
        if (!this.session || this.session.diverged || this.running) return true;
        this.running = true;
        this.playStart = this.now();
        this.playEpoch0 = this.session.epoch;
        return true;
      case 'pause':
        this.stopClock();
        this.running = false;
        return true;
      case 'pace':
        this.pace = Number.isFinite(cmd.every) ? Math.max(0, cmd.every) : 0;
        return false;
      case 'step':
        this.stopClock();
        this.running = false;
        if (this.session) trainSession(this.session, this.lr, this.batch, 1);
        return true;
    }
  }

  private apply(settings: StepSettings): void {
    this.lr = settings.lr;
    this.batch = settings.batch;
    this.opt = settings.opt;
    this.l2 = settings.l2;
    if (this.session) setSessionOptimizer(this.session, this.opt, this.l2);
  }

  /** Trains for about `budgetMs`; stops running if the network diverged. */
  slice(budgetMs: number): void {
    const s = this.session;
    if (!s || !this.running) return;
    trainSession(s, this.lr, this.batch, 1e6, this.now() + budgetMs, this.now);
    if (s.diverged) {
      this.stopClock();
      this.running = false;
    }
  }

  private stopClock(): void {
    if (!this.running || !this.session) return;
    this.playedEpochs = this.session.epoch - this.playEpoch0;
    this.playedMs = this.now() - this.playStart;
  }

  snapshot(): LoopSnapshot | null {
    const s = this.session;
    if (!s) return null;
    const snap = sessionSnapshot(s);
    if (s.diverged && this.running) {
      this.stopClock();
      this.running = false;
    }
    const epochs = this.running ? s.epoch - this.playEpoch0 : this.playedEpochs;
    const ms = this.running ? this.now() - this.playStart : this.playedMs;
    return { ...snap, running: this.running, rate: ms > 0 ? (epochs * 1000) / ms : 0, playedEpochs: epochs, playedMs: ms };
  }
}
