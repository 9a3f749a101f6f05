// Scenario 4: cost of turning error responses into errors, module vs. a naive parser.
// One parser per process (--parser=module|naive), so heap figures do not mix.
import { writeFileSync } from 'node:fs';
import { errorFromResponse } from '../../src/core';
import { argValue, sleep, summarize, type Summary } from '../lib/stats';
import { MIX, buildCorpus, toResponse, type Kind } from './corpus';
import { naiveErrorFromResponse } from './naive';

/** Responses parsed per pass. */
const CALLS = 10_000;
/** Calls of the untimed warm-up pass (JIT, caches). */
const WARMUP_CALLS = 2_000;
/** The streamed body that must not be read whole, in bytes. */
const STREAM_BYTES = 50 * 1024 * 1024;
/** Size of each chunk the stream hands out, in bytes. */
const STREAM_CHUNK_BYTES = 64 * 1024;
/** Repeats of the streamed-body test. */
const STREAM_REPEATS = 3;

type Parser = (response: Response) => Promise<unknown>;
const PARSERS: Record<string, Parser> = { module: errorFromResponse, naive: naiveErrorFromResponse };

const gc = (globalThis as { gc?: () => void }).gc ?? (() => undefined);
/** JS heap plus the memory held outside it (ArrayBuffers of response bodies). */
const memory = () => {
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.external;
};

interface PassResult {
  perCallUs: Summary;
  byKindUs: Record<Kind, Summary>;
  /** Highest heap + external growth over the pre-pass baseline, in bytes. */
  peakBytes: number;
  passMs: number;
}

async function pass(parse: Parser, samples: ReturnType<typeof buildCorpus>): Promise<PassResult> {
  gc();
  await sleep(10);
  const baseline = memory();
  let peak = 0;
  const all: number[] = [];
  const byKind: Record<Kind, number[]> = { valid: [], html: [], hostile: [], huge: [] };
  const started = performance.now();
  for (const sample of samples) {
    const response = toResponse(sample);
    const before = performance.now();
    await parse(response);
    const micros = (performance.now() - before) * 1000;
    all.push(micros);
    byKind[sample.kind].push(micros);
    peak = Math.max(peak, memory() - baseline);
  }
  const passMs = performance.now() - started;
  return {
    perCallUs: summarize(all),
    byKindUs: {
      valid: summarize(byKind.valid),
      html: summarize(byKind.html),
      hostile: summarize(byKind.hostile),
      huge: summarize(byKind.huge),
    },
    peakBytes: peak,
    passMs,
  };
}

interface StreamResult {
  pulledBytes: number;
  ms: number;
  peakBytes: number;
}

/** A 50 MB HTML body that counts the bytes pulled from it. */
async function streamed(parse: Parser): Promise<StreamResult> {
  gc();
  await sleep(10);
  const baseline = memory();
  let peak = 0;
  const sampler = setInterval(() => {
    peak = Math.max(peak, memory() - baseline);
  }, 1);
  const encoder = new TextEncoder();
  let pulled = 0;
  const body = new ReadableStream<Uint8Array>(
    {
      pull(controller) {
        if (pulled >= STREAM_BYTES) {
          controller.close();
          return;
        }
        // A fresh chunk each time, as a network stream hands out.
        const chunk = encoder.encode('<p>proxy error page</p>\n'.repeat(STREAM_CHUNK_BYTES / 24));
        pulled += chunk.byteLength;
        controller.enqueue(chunk);
      },
    },
    { highWaterMark: 0 },
  );
  const response = new Response(body, { status: 502, headers: { 'content-type': 'text/html' } });
  const started = performance.now();
  await parse(response);
  const ms = performance.now() - started;
  peak = Math.max(peak, memory() - baseline);
  clearInterval(sampler);
  return { pulledBytes: pulled, ms, peakBytes: peak };
}

async function main() {
  const name = argValue('parser') ?? 'module';
  const parse = PARSERS[name];
  if (!parse) throw new Error(`--parser must be one of ${Object.keys(PARSERS).join(', ')}`);
  const repeats = Number(argValue('repeats') ?? 5);
  const samples = buildCorpus(CALLS);

  await pass(parse, samples.slice(0, WARMUP_CALLS));
  const passes: PassResult[] = [];
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    const result = await pass(parse, samples);
    passes.push(result);
    console.error(
      `  parser ${name} pass ${repeat + 1}/${repeats}: median ${result.perCallUs.median.toFixed(1)} µs, ` +
        `p95 ${result.perCallUs.p95.toFixed(1)} µs, peak +${(result.peakBytes / 1e6).toFixed(1)} MB [${Math.round(result.passMs)} ms]`,
    );
  }
  const streams: StreamResult[] = [];
  for (let repeat = 0; repeat < STREAM_REPEATS; repeat += 1) streams.push(await streamed(parse));
  console.error(`  parser ${name} 50 MB stream: pulled ${(streams[0]?.pulledBytes ?? 0) / 1e6} MB`);

  const kinds = Object.keys(MIX) as Kind[];
  const result = {
    parser: name,
    calls: CALLS,
    repeats,
    mix: MIX,
    passes,
    // Medians over the passes of each pass's own median / p95.
    medianUs: summarize(passes.map((p) => p.perCallUs.median)),
    p95Us: summarize(passes.map((p) => p.perCallUs.p95)),
    byKind: Object.fromEntries(
      kinds.map((kind) => [
        kind,
        { medianUs: summarize(passes.map((p) => p.byKindUs[kind].median)), p95Us: summarize(passes.map((p) => p.byKindUs[kind].p95)) },
      ]),
    ),
    peakBytes: summarize(passes.map((p) => p.peakBytes)),
    stream: {
      bodyBytes: STREAM_BYTES,
      pulledBytes: summarize(streams.map((s) => s.pulledBytes)),
      ms: summarize(streams.map((s) => s.ms)),
      peakBytes: summarize(streams.map((s) => s.peakBytes)),
    },
  };
  const out = argValue('out');
  if (out) writeFileSync(out, JSON.stringify(result, null, 2));
  else console.log(JSON.stringify(result, null, 2));
}

await main();
