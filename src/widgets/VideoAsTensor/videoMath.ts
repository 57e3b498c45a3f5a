/** How many numbers a frames × height × width × channels tensor holds. */
export function tensorSize(frames: number, height: number, width: number, channels: number): number {
  return frames * height * width * channels;
}

/** A whole count with thousands grouped: 45,158,400 (never in scientific form, unlike formatNumber). */
export const grouped = (n: number): string => Math.round(n).toLocaleString('en-US');

const UNITS = ['bytes', 'kB', 'MB', 'GB'];

/**
 * Bytes as a short size in decimal units: "180.6 MB". The unit is chosen after rounding, so
 * 999,960 bytes read "1.0 MB", not "1000.0 kB".
 */
export function byteSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  if (bytes < 1000) return `${bytes} bytes`;
  for (let u = 1; u < UNITS.length; u++) {
    const text = (bytes / 1000 ** u).toFixed(1);
    if (Number(text) < 1000 || u === UNITS.length - 1) return `${text} ${UNITS[u]}`;
  }
  return '—';
}
