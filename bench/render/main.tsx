// Scenario 3: which components re-render when the account state changes.
// Needs the jsdom globals of bench/lib/dom.mjs (`node --import`) and a development
// build of React (NODE_ENV=development): production React never calls <Profiler onRender>.
import { writeFileSync } from 'node:fs';
import type { ProfilerOnRenderCallback } from 'react';
import { flushSync } from 'react-dom';
import { createRoot } from 'react-dom/client';
import { argValue, sleep } from '../lib/stats';
import { setProbeListener } from './probe';
import { moduleSetup, naiveSetup, type Driver, type Setup } from './stores';

/** Components mounted that read a slice no phase changes. */
const NON_READERS = 100;
/** Time left for React to commit after a change, in ms. */
const SETTLE_MS = 50;
/** How long the countdown is watched; two ticks of a 1 s countdown, in ms. */
const TICK_WATCH_MS = 2_100;

type Reader = 'blocked' | 'paymentRequired' | 'countdown';

interface Phase {
  name: string;
  /** The reader expected to re-render; the others and the 100 non-readers should not. */
  reader: Reader;
  run(driver: Driver): Promise<void>;
}

const PHASES: Phase[] = [
  { name: 'account blocked (`account_blocked`)', reader: 'blocked', run: (d) => d.block() },
  { name: 'payment required (`payment_required`)', reader: 'paymentRequired', run: (d) => d.requirePayment() },
  { name: 'cooldown opens (429, Retry-After 5 s)', reader: 'countdown', run: (d) => d.rateLimit(5_000) },
  { name: 'cooldown ticks (2 s of countdown)', reader: 'countdown', run: () => sleep(TICK_WATCH_MS) },
  { name: 'cooldown extended (second 429, 8 s)', reader: 'countdown', run: (d) => d.rateLimit(8_000) },
  { name: 'cooldown ends', reader: 'countdown', run: (d) => d.endCooldown() },
];

interface Counts {
  nonReaderRenders: number;
  readerRenders: Record<Reader, number>;
  /** Sum of the Profilers' `actualDuration` (development React), in ms. */
  renderMs: number;
}

async function measure(setup: Setup): Promise<{ mount: Counts; phases: Counts[] }> {
  const fresh = (): Counts => ({ nonReaderRenders: 0, readerRenders: { blocked: 0, paymentRequired: 0, countdown: 0 }, renderMs: 0 });
  let counts = fresh();
  const onRender: ProfilerOnRenderCallback = (id, _phase, actualDuration) => {
    counts.renderMs += actualDuration;
    if (id.startsWith('non-reader')) counts.nonReaderRenders += 1;
    else counts.readerRenders[id as Reader] += 1;
  };
  setProbeListener(onRender);
  const { Provider, NonReader, BlockedReader, PaymentReader, CountdownReader, driver } = setup;
  const container = document.createElement('div');
  document.body.append(container);
  const root = createRoot(container);
  flushSync(() =>
    root.render(
      <Provider>
        {Array.from({ length: NON_READERS }, (_, index) => (
          <NonReader key={index} id={`non-reader-${index}`} />
        ))}
        <BlockedReader id="blocked" />
        <PaymentReader id="paymentRequired" />
        <CountdownReader id="countdown" />
      </Provider>,
    ),
  );
  await sleep(SETTLE_MS);
  const mount = counts;
  const phases: Counts[] = [];
  for (const phase of PHASES) {
    counts = fresh();
    await phase.run(driver);
    await sleep(SETTLE_MS);
    phases.push(counts);
  }
  root.unmount();
  container.remove();
  setup.dispose();
  return { mount, phases };
}

async function main() {
  const moduleResult = await measure(moduleSetup());
  const naiveResult = await measure(naiveSetup());
  const result = {
    nonReaders: NON_READERS,
    mount: { module: moduleResult.mount, naive: naiveResult.mount },
    phases: PHASES.map((phase, index) => ({
      phase: phase.name,
      reader: phase.reader,
      module: moduleResult.phases[index],
      naive: naiveResult.phases[index],
    })),
  };
  for (const row of result.phases) {
    console.error(
      `  render ${row.phase}: non-readers module ${row.module?.nonReaderRenders} / naive ${row.naive?.nonReaderRenders}; ` +
        `reader module ${row.module?.readerRenders[row.reader]} / naive ${row.naive?.readerRenders[row.reader]}`,
    );
  }
  const out = argValue('out');
  if (out) writeFileSync(out, JSON.stringify(result, null, 2));
  else console.log(JSON.stringify(result, null, 2));
}

await main();
