/** A set of listeners: the one way anything in this module is subscribed to. */
export interface Listeners<Args extends unknown[] = []> {
  /** Adds `listener`; returns its removal. */
  subscribe(listener: (...args: Args) => void): () => void;
  /** Calls every listener with `args`. */
  notify(...args: Args): void;
}

/** A new, empty set of listeners (owned by the object that notifies them). */
export function createListeners<Args extends unknown[] = []>(): Listeners<Args> {
  const set = new Set<(...args: Args) => void>();
  return {
    subscribe(listener) {
      set.add(listener);
      return () => set.delete(listener);
    },
    notify: (...args) => set.forEach((listener) => listener(...args)),
  };
}
