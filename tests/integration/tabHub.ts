import type { TabPort, TabPortFactory } from '../../src/core/tabChannel';

/**
 * An in-memory BroadcastChannel for the tabs of one test: every port of a name hears the
 * others (never itself), asynchronously and with a structured clone, as browsers deliver.
 * `log` keeps every message posted, for assertions on what crossed the channel.
 */
export function createTabHub() {
  const ports = new Set<{ name: string; listeners: Set<(event: { data: unknown }) => void> }>();
  const log: unknown[] = [];
  const deliver = (from: object | undefined, name: string, data: unknown) => {
    for (const port of ports) {
      if (port === from || port.name !== name) continue;
      const copy = structuredClone(data);
      setTimeout(() => port.listeners.forEach((listener) => listener({ data: copy })), 0);
    }
  };
  const factory: TabPortFactory = (name) => {
    const entry = { name, listeners: new Set<(event: { data: unknown }) => void>() };
    ports.add(entry);
    const port: TabPort = {
      postMessage(data) {
        log.push(data);
        deliver(entry, name, data);
      },
      addEventListener: (_type, listener) => entry.listeners.add(listener),
      removeEventListener: (_type, listener) => entry.listeners.delete(listener),
      close: () => ports.delete(entry),
    };
    return port;
  };
  return {
    factory,
    log,
    /** Posts `data` as a tab outside the test would (a hostile one, say). */
    inject: (name: string, data: unknown) => deliver(undefined, name, data),
    open: () => ports.size,
  };
}
