import { useState, type FormEvent } from 'react';
import { USER_POINT_EXTENT, addUserPoint, parseUserPoints, removeUserPoint } from '../../core';
import { Button } from '../../components/Button';
import type { TrainingState } from './params';

/** How near a click must be to one of the reader's points to erase it. */
export const ERASE_RADIUS = 0.15;

/** The state after the plot is clicked at (x1, x2) with the chosen tool. */
export function pickPatch(s: TrainingState, x1: number, x2: number): Partial<TrainingState> {
  if (s.tool === 'erase') return { points: removeUserPoint(s.points, x1, x2, ERASE_RADIUS) };
  return { points: addUserPoint(s.points, x1, x2, s.tool === 'add1' ? 1 : 0) };
}

const readCoordinate = (text: string): number | null => {
  const v = Number(text.trim().replace(/\u2212/g, '-'));
  return text.trim() !== '' && Number.isFinite(v) ? Math.max(-USER_POINT_EXTENT, Math.min(USER_POINT_EXTENT, v)) : null;
};

/** The keyboard's way to place a point (or erase one) at typed coordinates, and Clear points. */
export function DataTools({ s, set }: { s: TrainingState; set: (patch: Partial<TrainingState>) => void }) {
  const [x1, setX1] = useState('0');
  const [x2, setX2] = useState('0');
  const [note, setNote] = useState('');
  const count = parseUserPoints(s.points).length;
  const erase = s.tool === 'erase';
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const a = readCoordinate(x1), b = readCoordinate(x2);
    if (a === null || b === null) {
      setNote('Type two numbers from −1.5 to 1.5.');
      return;
    }
    const patch = pickPatch(s, a, b);
    setNote(patch.points === s.points ? (erase ? 'None of your points is that near.' : 'No room for more points.') : '');
    set(patch);
  };
  return (
    <form className="nn-train-addpoint" onSubmit={submit}>
      <label>
        x1 <input type="text" inputMode="decimal" size={5} value={x1} onChange={(e) => setX1(e.target.value)} aria-label="x1 of the point" />
      </label>
      <label>
        x2 <input type="text" inputMode="decimal" size={5} value={x2} onChange={(e) => setX2(e.target.value)} aria-label="x2 of the point" />
      </label>
      {/* A submit button (the shared Button never submits), so Enter in either field places the point. */}
      <button type="submit" className="nn-button nn-button--plain">{erase ? 'Erase point' : 'Add point'}</button>
      <Button onClick={() => set({ points: '' })} disabled={count === 0}>Clear points</Button>
      <span className="nn-train-addpoint__note" role="status">{note}</span>
    </form>
  );
}
