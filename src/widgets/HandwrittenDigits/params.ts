import { int, text, type StateOf } from '../shared/params';
import { EXAMPLE_DRAWING, isDrawingText } from './drawing';

/** The learning rates the η slider steps through for "Train from scratch". */
export const LR_LADDER = [0.003, 0.01, 0.03, 0.1, 0.3, 1] as const;

/**
 * The drawing (in the address as 784 hexadecimal digits), the keyboard cursor, the digit the
 * reader meant (y, for the cross-entropy), and the settings of "Train from scratch": hidden units
 * and the learning rate, as a step on LR_LADDER.
 */
export const params = {
  drawing: text(EXAMPLE_DRAWING, { maxLength: 784, valid: isDrawingText }),
  row: int(0, 27, 14),
  col: int(0, 27, 14),
  y: int(0, 9, 3, { label: 'y (the digit you meant)', term: 'y' }),
  hidden: int(16, 128, 32, { label: 'n (hidden units)', step: 16 }),
  // No label: its slider is the figure's own (Controls), which shows the rate, not its step number.
  rate: int(0, LR_LADDER.length - 1, 3),
};

export type DigitsState = StateOf<typeof params>;

export const learningRate = (s: DigitsState) => LR_LADDER[s.rate] ?? 0.1;
