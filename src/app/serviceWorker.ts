import { showUpdateNotice } from './updateNotice';

/** The parts of the browser's service-worker API the update watch uses (tests pass fakes). */
export type WorkerLike = Pick<ServiceWorker, 'state' | 'postMessage' | 'addEventListener'>;
export interface RegistrationLike {
  readonly waiting: WorkerLike | null;
  readonly installing: WorkerLike | null;
  addEventListener(type: 'updatefound', listener: () => void): void;
}
export interface ContainerLike {
  readonly controller: unknown;
  addEventListener(type: 'controllerchange', listener: () => void, options?: { once: boolean }): void;
}

/**
 * Calls `onWaiting` once a new version of the worker has installed and waits behind the one that
 * controls this page. The very first install controls nothing yet: that is no "new version".
 */
export function watchForUpdate(registration: RegistrationLike, container: ContainerLike, onWaiting: (worker: WorkerLike) => void) {
  let announced = false;
  const announce = (worker: WorkerLike) => {
    if (announced || !container.controller) return;
    announced = true;
    onWaiting(worker);
  };
  if (registration.waiting) announce(registration.waiting);
  registration.addEventListener('updatefound', () => {
    const worker = registration.installing;
    if (!worker) return;
    worker.addEventListener('statechange', () => {
      if (worker.state === 'installed') announce(worker);
    });
  });
}

/** The waiting version takes over (sw.js listens for this message), then the page reloads into it. */
export function activate(worker: WorkerLike, container: ContainerLike, reload: () => void) {
  container.addEventListener('controllerchange', reload, { once: true });
  worker.postMessage({ type: 'skip-waiting' });
}

export function registerServiceWorker() {
  const container = navigator.serviceWorker;
  container
    .register('./sw.js')
    .then((registration) =>
      watchForUpdate(registration, container, (worker) => showUpdateNotice(() => activate(worker, container, () => window.location.reload()))),
    )
    // Refused (a private window, the file system): the page simply works online only.
    .catch(() => {});
}
