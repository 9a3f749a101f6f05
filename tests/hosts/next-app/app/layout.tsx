// A server component: the provider and the banners are rendered straight from here with
// serializable props only (as sonner's <Toaster /> can be); the provider builds its own
// API client and query client in the browser from `baseUrl`.
import type { ReactNode } from 'react';
import { OfflineBanner, TopUpBanner, XModeErrorProvider } from 'xmode-error-ui';
import 'xmode-error-ui/styles.css';

export const metadata = { title: 'xmode-error-ui on Next.js' };

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    <html lang="en">
      <body>
        <XModeErrorProvider baseUrl="/api/xmode" supportUrl="mailto:support@xmode.example" topUpHref="/billing">
          <TopUpBanner />
          <OfflineBanner />
          {children}
        </XModeErrorProvider>
      </body>
    </html>
  );
}
