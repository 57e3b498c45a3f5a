/** How many numbers a frames × height × width × channels tensor holds. */
export function tensorSize(frames: number, height: number, width: number, channels: number): number {
  return frames * height * width * channels;
}

/** Bytes as a short size in decimal units: "180.6 MB". */
export function byteSize(bytes: number): string {
  if (!Number.isFinite(bytes) || bytes < 0) return '—';
  const units = ['bytes', 'kB', 'MB', 'GB'];
  let v = bytes;
  let u = 0;
  while (v >= 1000 && u < units.length - 1) {
    v /= 1000;
    u++;
  }
  return `${u === 0 ? v : v.toFixed(1)} ${units[u]}`;
}
