import { usePlot } from '../../components/plot/PlotContext';

/** A transparent layer over the plot area; a click or tap reports the data point under it. */
export function ClickLayer({ onPick, lo, hi }: { onPick: (x: number, y: number) => void; lo: number; hi: number }) {
  const { innerWidth, innerHeight } = usePlot();
  return (
    <rect
      aria-hidden="true"
      className="nn-train-plot-hit"
      width={innerWidth}
      height={innerHeight}
      style={{ pointerEvents: 'all', fill: 'transparent', cursor: 'crosshair' }}
      onClick={(e) => {
        const box = e.currentTarget.getBoundingClientRect();
        if (box.width <= 0 || box.height <= 0) return;
        const fx = (e.clientX - box.left) / box.width;
        const fy = (e.clientY - box.top) / box.height;
        if (!Number.isFinite(fx) || !Number.isFinite(fy)) return;
        onPick(lo + fx * (hi - lo), hi - fy * (hi - lo));
      }}
    />
  );
}
