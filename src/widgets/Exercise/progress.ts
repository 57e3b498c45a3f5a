/** Solved exercises, kept in local storage so progress survives a reload. */
const KEY = 'nn-exercises';

function read(): Record<string, boolean> {
  try {
    const value: unknown = JSON.parse(localStorage.getItem(KEY) ?? '{}');
    return value && typeof value === 'object' && !Array.isArray(value) ? (value as Record<string, boolean>) : {};
  } catch {
    return {};
  }
}

export function isSolved(id: string): boolean {
  return Object.prototype.hasOwnProperty.call(read(), id) && read()[id] === true;
}

export function markSolved(id: string): void {
  try {
    const all = read();
    all[id] = true;
    localStorage.setItem(KEY, JSON.stringify(all));
  } catch {
    /* storage blocked: progress lasts for this visit */
  }
}
