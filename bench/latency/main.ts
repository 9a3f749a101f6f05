// Scenario 6: how late a query's request goes out after `Retry-After: 1`. One query; the
// loopback server answers its first request 429 + `Retry-After: 1`, then 200. Measured:
// when the next request leaves, from when the 429 arrived, minus the 1 000 ms asked.
// Run through bench/run.mjs (it builds this file); writes its result to --out.
import { writeFileSync } from 'node:fs';
import { QueryObserver, environmentManager } from '@tanstack/react-query';
import { argValue, summarize } from '../lib/stats';
import { startStormServer } from '../storm/server';
import { VARIANT_LABELS, createVariant, prepareVariants, type VariantId } from '../storm/variants';

const RATE_LIMITED = '{"error":{"code":"rate_limited","message":"Too many requests, slow down"}}';
const ASKED_MS = 1_000;
const RUN_TIMEOUT_MS = 10_000;

/** ms after the asked second that the next request left; null when none did. */
async function runOnce(variantId: VariantId): Promise<number | null> {
  // A window shorter than the wait: only the first request is refused.
  const server = await startStormServer({ status: 429, windowMs: 50, retryAfterSeconds: ASKED_MS / 1000, body: RATE_LIMITED, lifetimeMs: RUN_TIMEOUT_MS + 5_000 });
  const sentAt: number[] = [];
  let refusedAt: number | undefined;
  const send: typeof fetch = async (input, init) => {
    sentAt.push(performance.now());
    const response = await fetch(input, init);
    if (response.status === 429) refusedAt ??= performance.now();
    return response;
  };
  const variant = createVariant(variantId, server.url, send);
  const done = new Promise<void>((resolve) => {
    const observer = new QueryObserver(variant.client, { queryKey: ['balance', 0], queryFn: variant.queryFn(0) });
    const unsubscribe = observer.subscribe((result) => {
      if (result.status === 'success') {
        unsubscribe();
        resolve();
      }
    });
    setTimeout(() => {
      unsubscribe();
      resolve();
    }, RUN_TIMEOUT_MS);
  });
  await done;
  await variant.client.cancelQueries();
  variant.client.clear();
  await server.stop();
  const next = sentAt[1];
  return next === undefined || refusedAt === undefined ? null : next - refusedAt - ASKED_MS;
}

async function main() {
  environmentManager.setIsServer(() => false);
  await prepareVariants();
  const repeats = Number(argValue('repeats') ?? 20);
  const out = argValue('out');
  const variants: VariantId[] = ['a', 'b', 'c'];
  const late: Record<VariantId, number[]> = { a: [], b: [], c: [] };
  const missing: Record<VariantId, number> = { a: 0, b: 0, c: 0 };
  for (let repeat = 0; repeat < repeats; repeat += 1) {
    const results = await Promise.all(variants.map((variant) => runOnce(variant)));
    variants.forEach((variant, index) => {
      const value = results[index];
      if (value === null || value === undefined) missing[variant] += 1;
      else late[variant].push(value);
    });
  }
  const result = {
    repeats,
    askedMs: ASKED_MS,
    variants: Object.fromEntries(variants.map((variant) => [variant, { label: VARIANT_LABELS[variant], lateMs: summarize(late[variant]), missing: missing[variant] }])),
  };
  if (out) writeFileSync(out, JSON.stringify(result, null, 2));
  else console.log(JSON.stringify(result, null, 2));
}

await main();
