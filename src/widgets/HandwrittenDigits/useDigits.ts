import { useEffect, useMemo, useState } from 'react';
import type { Mlp } from '../../core';
import { prepareDrawing, readPrepared, type DigitReading } from '../../core/digitReading';
import { createDigitScorer, type DigitScores } from '../../core/digitTraining';
import { loadDigitAssets, networkFromFile, type DigitAssets } from './digitAssets';
import { decodeDrawing } from './drawing';
import { learningRate, type DigitsState } from './params';
import { useDigitsTraining, type TrainingRun } from './useDigitsTraining';
import { digitsCode } from './digitsCode';

export type AssetState = { status: 'loading' } | { status: 'ready'; assets: DigitAssets } | { status: 'failed'; error: string };

/** The network the figure reads with: the shipped one, or the one "Train from scratch" is training. */
export interface NetworkInUse {
  mlp: Mlp;
  source: 'shipped' | 'trained';
  /** Its weights file, for the download and the code. */
  bytes: ArrayBuffer;
  /** On the 2,000 test digits; null while the shipped network's are being scored. */
  scores: Pick<DigitScores, 'accuracy' | 'confusion' | 'predicted'> | null;
}

export interface DigitsDerived {
  assets: AssetState;
  network: NetworkInUse | null;
  reading: DigitReading;
  training: TrainingRun;
  code: ReturnType<typeof digitsCode>;
}

/** Loads the figure's two files on its first mount, which is when the reader nears the chapter. */
function useAssets(): AssetState {
  const [state, setState] = useState<AssetState>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    loadDigitAssets().then(
      (assets) => live && setState({ status: 'ready', assets }),
      (e: unknown) => live && setState({ status: 'failed', error: e instanceof Error ? e.message : String(e) }),
    );
    return () => void (live = false);
  }, []);
  return state;
}

/** The shipped network's test scores: 2,000 forward passes (~50 ms), after the first paint with the network. */
function useShippedScores(assets: DigitAssets | null): DigitScores | null {
  const [scores, setScores] = useState<DigitScores | null>(null);
  useEffect(() => {
    if (!assets) return;
    const timer = setTimeout(() => setScores(createDigitScorer(assets.network.sizes)(assets.network, assets.data, 'test')), 50);
    return () => clearTimeout(timer);
  }, [assets]);
  return scores;
}

export function useDigits(s: DigitsState): DigitsDerived {
  const assets = useAssets();
  const ready = assets.status === 'ready' ? assets.assets : null;
  const shippedScores = useShippedScores(ready);
  const training = useDigitsTraining(learningRate(s));
  const { snap } = training;
  const trainedBytes = snap?.network;
  const trained = useMemo(() => {
    if (!trainedBytes) return null;
    const bytes = trainedBytes.slice().buffer;
    return { mlp: networkFromFile(bytes), bytes };
  }, [trainedBytes]);

  const network = useMemo<NetworkInUse | null>(() => {
    if (trained && snap) {
      return { ...trained, source: 'trained', scores: { accuracy: snap.testAccuracy, confusion: snap.confusion, predicted: snap.predicted } };
    }
    if (!ready) return null;
    return { mlp: ready.network, source: 'shipped', bytes: ready.networkBytes, scores: shippedScores };
  }, [trained, snap, ready, shippedScores]);

  const mlp = network?.mlp ?? null;
  const prepared = useMemo(() => prepareDrawing(decodeDrawing(s.drawing)), [s.drawing]);
  const reading = useMemo(() => readPrepared(prepared, mlp), [prepared, mlp]);
  // The code names the network's file, not its weights: it is written again only when the input, y or the source changes.
  const source = network?.source ?? 'shipped';
  const code = useMemo(() => digitsCode({ grey: prepared.grey, y: s.y, source }), [prepared.grey, s.y, source]);
  return { assets, network, reading, training, code };
}
