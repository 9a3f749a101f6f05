/** A set of listeners: the one way anything in this module is subscribed to. */
export interface Listeners {
  /** Adds `listener`; returns its removal. */
  subscribe(listener: () => void): () => void;
  /** Calls every listener. */
  notify(): void;
}

/** A new, empty set of listeners (owned by the object that notifies them). */
export function createListeners(): Listeners {
  const set = new Set<() => void>();
  return {
    subscribe(listener) {
      set.add(listener);
      return () => set.delete(listener);
    },
    notify: () => set.forEach((listener) => listener()),
  };
}
