// The root layout stays a server component: the page-wide banners render inside the
// client provider, and the styles load once.
import type { Metadata } from 'next';
import type { ReactNode } from 'react';
import { OfflineBanner, TopUpBanner } from 'xmode-error-ui';
import 'xmode-error-ui/styles.css';
import { Providers } from './providers';

export const metadata: Metadata = { title: 'xmode-error-ui on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <Providers>
          <TopUpBanner />
          <OfflineBanner />
          {children}
        </Providers>
      </body>
    </html>
  );
}
