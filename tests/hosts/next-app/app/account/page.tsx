// A server component using `xmode-error-ui/core`: the dashboard's balance is read on the
// server, per request, with the server's key; the browser only gets the markup. With
// Cache Components the page's shell is prerendered and the balance streams into it.
import { connection } from 'next/server';
import { Suspense } from 'react';
import { isXModeError } from 'xmode-error-ui/core';
import { serverApiKey, xmodeFor } from '../../lib/upstream';

async function Balance() {
  await connection(); // per request: never prerendered, never cached
  try {
    const { xTokens } = await xmodeFor(serverApiKey()).get<{ xTokens: number }>('/v1/balance');
    return <p>{`Balance (server): ${xTokens} xTokens`}</p>;
  } catch (error) {
    return <p>{`Balance unavailable (${isXModeError(error) ? error.code : 'unknown error'})`}</p>;
  }
}

export default function AccountPage() {
  return (
    <main>
      <h1>Account</h1>
      <Suspense fallback={<p>Loading the balance…</p>}>
        <Balance />
      </Suspense>
    </main>
  );
}
