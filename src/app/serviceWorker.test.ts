import { describe, expect, it, vi } from 'vitest';
import { activate, watchForUpdate, type ContainerLike, type RegistrationLike, type WorkerLike } from './serviceWorker';

/** A worker whose state the test moves by hand. */
function fakeWorker(state: ServiceWorkerState = 'installing') {
  const listeners: (() => void)[] = [];
  const worker = {
    state,
    postMessage: vi.fn(),
    addEventListener: (_type: string, listener: () => void) => listeners.push(listener),
    become(next: ServiceWorkerState) {
      worker.state = next;
      listeners.forEach((listener) => listener());
    },
  };
  return worker;
}

function fakeRegistration(waiting: WorkerLike | null = null) {
  const found: (() => void)[] = [];
  const registration = {
    waiting,
    installing: null as WorkerLike | null,
    addEventListener: (_type: 'updatefound', listener: () => void) => found.push(listener),
    install(worker: WorkerLike) {
      registration.installing = worker;
      found.forEach((listener) => listener());
    },
  };
  return registration;
}

function fakeContainer(controller: unknown) {
  const changes: (() => void)[] = [];
  return {
    controller,
    addEventListener: (_type: 'controllerchange', listener: () => void) => changes.push(listener),
    change: () => changes.forEach((listener) => listener()),
  };
}

describe('the new-version watch', () => {
  it('announces a version that installs behind the one controlling the page, once', () => {
    const registration = fakeRegistration();
    const onWaiting = vi.fn();
    watchForUpdate(registration as RegistrationLike, fakeContainer({}) as ContainerLike, onWaiting);
    const next = fakeWorker();
    registration.install(next as unknown as WorkerLike);
    expect(onWaiting).not.toHaveBeenCalled();
    next.become('installed');
    next.become('installed');
    expect(onWaiting).toHaveBeenCalledTimes(1);
    expect(onWaiting).toHaveBeenCalledWith(next);
  });

  it('announces a version already waiting when the page opens', () => {
    const waiting = fakeWorker('installed');
    const onWaiting = vi.fn();
    watchForUpdate(fakeRegistration(waiting as unknown as WorkerLike) as RegistrationLike, fakeContainer({}) as ContainerLike, onWaiting);
    expect(onWaiting).toHaveBeenCalledWith(waiting);
  });

  it('says nothing on the first install, when no worker controlled the page', () => {
    const registration = fakeRegistration();
    const onWaiting = vi.fn();
    watchForUpdate(registration as RegistrationLike, fakeContainer(null) as ContainerLike, onWaiting);
    const first = fakeWorker();
    registration.install(first as unknown as WorkerLike);
    first.become('installed');
    first.become('activated');
    expect(onWaiting).not.toHaveBeenCalled();
  });

  it('Reload tells the waiting worker to take over, and reloads only once it has', () => {
    const worker = fakeWorker('installed');
    const container = fakeContainer({});
    const reload = vi.fn();
    activate(worker as unknown as WorkerLike, container as ContainerLike, reload);
    expect(worker.postMessage).toHaveBeenCalledWith({ type: 'skip-waiting' });
    expect(reload).not.toHaveBeenCalled();
    container.change();
    expect(reload).toHaveBeenCalledTimes(1);
  });
});
