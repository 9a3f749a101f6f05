'use client';
// The provider lives in a client component: it builds the API client and the query client
// in the browser from `baseUrl` (the proxy route), and moves the module's links to your
// routes (Top up, API keys) client-side with the App Router.
import { useRouter } from 'next/navigation';
import type { ReactNode } from 'react';
import { XModeErrorProvider } from 'xmode-error-ui';

export function Providers({ children }: { children: ReactNode }) {
  const router = useRouter();
  return (
    <XModeErrorProvider
      baseUrl="/api/xmode"
      supportUrl="mailto:support@xmode.example"
      topUpHref="/billing"
      navigate={(href) => router.push(href)}
    >
      {children}
    </XModeErrorProvider>
  );
}
