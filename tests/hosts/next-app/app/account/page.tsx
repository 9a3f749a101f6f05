// A server component using `xmode-error-ui/core`: the dashboard's balance is read on the
// server, per request, with the server's key; the browser only gets the markup.
import { connection } from 'next/server';
import { isXModeError } from 'xmode-error-ui/core';
import { serverApiKey, xmodeFor } from '../../lib/upstream';

async function readBalance(): Promise<string> {
  try {
    const { xTokens } = await xmodeFor(serverApiKey()).get<{ xTokens: number }>('/v1/balance');
    return `Balance (server): ${xTokens} xTokens`;
  } catch (error) {
    return `Balance unavailable (${isXModeError(error) ? error.code : 'unknown error'})`;
  }
}

export default async function AccountPage() {
  await connection();
  return (
    <main>
      <h1>Account</h1>
      <p>{await readBalance()}</p>
    </main>
  );
}
