// Turns the collected results into bench/results.md.

const round = (value, digits = 0) => (Number.isFinite(value) ? value.toFixed(digits) : '—');
/** `median (min–max)` of a summary, or the bare value when every run agreed. */
const spread = (summary, digits = 0) =>
  !summary
    ? '—'
    : summary.min === summary.max
      ? round(summary.median, digits)
      : `${round(summary.median, digits)} (${round(summary.min, digits)}–${round(summary.max, digits)})`;
const kb = (bytes) => `${(bytes / 1000).toFixed(2)} kB`;
const mb = (bytes) => `${(bytes / 1e6).toFixed(1)} MB`;
const mib = (bytes) => `${(bytes / 1024 / 1024).toFixed(2)} MiB`;

/** x ÷ c, with the two ways c can be 0 spelled out. */
export function ratio(x, c) {
  if (c === 0) return x === 0 ? '— (both 0)' : '∞ (c sent 0)';
  return `${(x / c).toFixed(1)}×`;
}

function stormSection(storm) {
  const lines = [
    '## 1. Request amplification under a 429 storm / 503 burst',
    '',
    'Each run starts a loopback server that answers the error for the storm\'s window from the first request it receives, then 200; ' +
      'the storm\'s queries (React Query observers) fetch from it. The three variants of a storm run at the same time, each with its ' +
      `own server and client. Cells: median (min–max) over ${storm.repeats} runs. ` +
      '"In the window": requests the server answered with the error. "After an error had arrived": of those, requests sent ' +
      'after the client had already received an error response — the avoidable ones. "Recovery lag": from the end of the ' +
      `window to the last of the queries succeeding. "Not recovered": runs where some query still had no data ${(storm.runTimeoutMs ?? 30_000) / 1000} s ` +
      'after the storm began (a hang, or retries given up). Ratios compare medians with (c).',
    '',
  ];
  for (const scenario of storm.scenarios) {
    const c = scenario.variants.c;
    lines.push(`### ${scenario.title}`, '');
    lines.push('| variant | requests in the window | … sent after an error had arrived | all requests | recovery lag (ms) | not recovered | in window ÷ (c) | after an error ÷ (c) |');
    lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: | ---: |');
    for (const id of ['a', 'b', 'c']) {
      const v = scenario.variants[id];
      if (!v) continue;
      const notRecovered = v.notRecovered ?? (v.allRecovered ? 0 : '≥ 1');
      const vsC = (x, y) => (!c ? '—' : id === 'c' ? '1×' : ratio(x, y));
      lines.push(
        `| ${v.label} | ${spread(v.inWindow)} | ${spread(v.inWindowAfterFirstError)} | ${spread(v.requests)} | ${spread(v.recoveryLagMs)} | ` +
          `${notRecovered} of ${v.runs.length} | ${vsC(v.inWindow.median, c?.inWindow.median)} | ` +
          `${id === 'c' ? '—' : vsC(v.inWindowAfterFirstError.median, c?.inWindowAfterFirstError.median)} |`,
      );
    }
    lines.push('');
  }
  return lines;
}

function tabsSection(tabs) {
  const { perTab, shared } = tabs.variants;
  const lines = [
    '## 5. Three tabs, one 429',
    '',
    `${tabs.tabs} tabs of one origin and key, ${tabs.queriesPerTab} queries each; tab 1 mounts its queries at once, tab n at ` +
      `(n − 1) × ${tabs.tabStaggerMs} ms, inside the server's ${tabs.windowMs / 1000} s 429 window (Retry-After: ${tabs.windowMs / 1000}). ` +
      'Each tab is its own API client and query client; "shared" links them as the provider does (BroadcastChannel). ' +
      `Cells: median (min–max) over ${tabs.repeats} runs per variant.`,
    '',
    '| variant | requests in the window | … from tabs 2 and 3 | all requests | recovery lag (ms) | not recovered | in window ÷ per-tab |',
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
  ];
  for (const v of [perTab, shared]) {
    lines.push(
      `| ${v.label} | ${spread(v.inWindow)} | ${spread(v.inWindowByLaterTabs)} | ${spread(v.requests)} | ${spread(v.recoveryLagMs)} | ` +
        `${v.notRecovered} of ${v.runs} | ${v === perTab ? '1×' : ratio(v.inWindow.median, perTab.inWindow.median)} |`,
    );
  }
  lines.push('');
  return lines;
}

function bundleSection(bundle) {
  const byId = Object.fromEntries(bundle.rows.map((row) => [row.id, row]));
  const lines = [
    '## 2. Bundle cost',
    '',
    'esbuild, minified and tree-shaken, ES2022, peers (react, react-dom, @tanstack/react-query, react-hook-form, sonner) ' +
      'external; gzip level 9; 1 kB = 1000 B. Built from `src/`: size-limit (`.size-limit.json`) measures the built ' +
      '`dist/` files and subtracts its empty-bundle overhead, so its figures read 5–10 % lower.',
    '',
    '| entry | minified | min + gzip |',
    '| --- | ---: | ---: |',
    ...bundle.rows.map((row) => `| ${row.label} | ${kb(row.minifiedBytes)} | ${kb(row.gzipBytes)} |`),
    `| ky + react-error-boundary (what a team adds instead) | ${kb(byId.ky.minifiedBytes + byId['react-error-boundary'].minifiedBytes)} | ${kb(bundle.alternativesGzip)} |`,
    '',
    `Min + gzip ratios: whole module ÷ (ky + react-error-boundary) **${bundle.ratios.moduleVsAlternatives.toFixed(2)}×**; ` +
      `the README's embed ÷ (ky + react-error-boundary) **${bundle.ratios.embedVsAlternatives.toFixed(2)}×**; ` +
      `core ÷ ky **${bundle.ratios.coreVsKy.toFixed(2)}×**. The module also ships components, form mapping and every ` +
      'user-facing string, which ky and react-error-boundary do not.',
    '',
    'Largest inputs of the core (minified bytes before gzip):',
    '',
    '| file | minified |',
    '| --- | ---: |',
    ...byId.core.largest.map((input) => `| \`${input.path}\` | ${input.minifiedBytes} B |`),
    '',
  ];
  return lines;
}

function renderSection(render) {
  const others = (counts, reader) =>
    Object.entries(counts.readerRenders)
      .filter(([id]) => id !== reader)
      .reduce((sum, [, count]) => sum + count, 0);
  const lines = [
    '## 3. Render isolation',
    '',
    `${render.nonReaders} mounted components read a slice no change touches (\`offline\`); three readers read \`blocked\`, ` +
      '`paymentRequired` and the countdown. Renders counted with `<Profiler onRender>` (react-dom in jsdom, development ' +
      'build). Module: errors go through the query cache, components use `useAccountState(selector)` / ' +
      '`useRetryCountdown()`. Naive: one React context holding `{ state, setState }`, a 1 s interval in the provider ' +
      'for the countdown, components `useContext` it.',
    '',
    `| change | non-readers re-rendered: module | naive context | the reader that shows it: module | naive | other readers: module | naive |`,
    '| --- | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...render.phases.map(
      (row) =>
        `| ${row.phase} | **${row.module.nonReaderRenders}** | ${row.naive.nonReaderRenders} | ` +
        `${row.module.readerRenders[row.reader]} | ${row.naive.readerRenders[row.reader]} | ` +
        `${others(row.module, row.reader)} | ${others(row.naive, row.reader)} |`,
    ),
    '',
  ];
  return lines;
}

function parserSection(parser) {
  const { module, naive } = parser;
  const kinds = Object.keys(module.mix);
  const row = (label, m, n) =>
    `| ${label} | ${spread(m.medianUs, 1)} | ${spread(m.p95Us, 1)} | ${spread(n.medianUs, 1)} | ${spread(n.p95Us, 1)} | ${ratio(m.medianUs.median, n.medianUs.median)} |`;
  return [
    '## 4. Parser cost',
    '',
    `\`errorFromResponse\` against the parser teams write (\`await response.json()\`, fields taken as they come; ` +
      `bench/parser/naive.ts), each in its own process, over ${module.calls.toLocaleString('en')} responses ` +
      `(${kinds.map((kind) => `${module.mix[kind]} % ${kind}`).join(', ')}; huge = just over 1 MiB), ${module.repeats} passes after a warm-up. ` +
      'Per-call time in µs, building the `Response` excluded: median of the passes\' medians (and their range), same for p95.',
    '',
    '| responses | module median | module p95 | naive median | naive p95 | median ÷ naive |',
    '| --- | ---: | ---: | ---: | ---: | ---: |',
    row('all', module, naive),
    ...kinds.map((kind) => row(kind, module.byKind[kind], naive.byKind[kind])),
    '',
    `Peak heap + external growth during a pass (garbage included; GC runs when it runs): module ${mb(module.peakBytes.median)}, naive ${mb(naive.peakBytes.median)}.`,
    '',
    `A ${mib(module.stream.bodyBytes)} HTML body (status 502) streamed in 64 KiB chunks, counted as they are pulled:`,
    '',
    '| parser | bytes pulled from the stream | time (ms) | peak heap + external growth |',
    '| --- | ---: | ---: | ---: |',
    `| module | ${mib(module.stream.pulledBytes.median)} | ${spread(module.stream.ms, 1)} | ${mb(module.stream.peakBytes.median)} |`,
    `| naive | ${mib(naive.stream.pulledBytes.median)} | ${spread(naive.stream.ms, 1)} | ${mb(naive.stream.peakBytes.median)} |`,
    '',
  ];
}

function latencySection(latency) {
  const c = latency.variants.c;
  return [
    '## 6. How late a request goes out after `Retry-After: 1`',
    '',
    `One query; the loopback server answers its first request 429 with \`Retry-After: 1\`, then 200. Cells: how long after ` +
      `the asked second the next request left, from the moment the 429 arrived, in ms: median (min–max) over ${latency.repeats} runs, ` +
      'the three variants side by side in each run. "Never": runs where no second request left within 10 s.',
    '',
    '| variant | late by (ms) | never | median ÷ (c) |',
    '| --- | ---: | ---: | ---: |',
    ...['a', 'b', 'c'].map((id) => {
      const v = latency.variants[id];
      return `| ${v.label} | ${spread(v.lateMs)} | ${v.missing} of ${latency.repeats} | ${id === 'c' ? '1×' : ratio(Math.abs(v.lateMs.median), Math.abs(c.lateMs.median))} |`;
    }),
    '',
  ];
}

export function toMarkdown(results) {
  const { machine } = results;
  const lines = [
    '# Benchmark results',
    '',
    `Written by \`node bench/run.mjs\` on ${results.generatedAt} at commit ${results.commit}. ` +
      `Machine: ${machine.cpuModel}, ${machine.cores} cores, ${machine.memoryGb} GB, Node ${machine.node} (${machine.platform}). ` +
      `Load average ${machine.loadAverage.start} at the start, ${machine.loadAverage.end} at the end. ` +
      `Run time ${Math.round(results.durationS)} s. How to read it: docs/contributing.md, "The bench".`,
    '',
  ];
  if (results.partial) {
    lines.push(
      `This run measured ${results.partial.ran.join(', ')} only; ${results.partial.kept.join(', ')} are from the run of ${results.partial.from}.`,
      '',
    );
  }
  if (results.storm) lines.push(...stormSection(results.storm));
  if (results.bundle) lines.push(...bundleSection(results.bundle));
  if (results.render) lines.push(...renderSection(results.render));
  if (results.parser) lines.push(...parserSection(results.parser));
  if (results.tabs) lines.push(...tabsSection(results.tabs));
  if (results.latency) lines.push(...latencySection(results.latency));
  return `${lines.join('\n').trimEnd()}\n`;
}
