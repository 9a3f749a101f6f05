import { useQuery } from '@tanstack/react-query';
import { OfflineBanner, TopUpBanner, useAccountState } from 'xmode-error-ui';
import type { ReactNode } from 'react';
import { billingQuery } from '../api/dashboardApi';
import { Footer } from './Footer';
import { Header } from './Header';

/**
 * Header and nav, the account-wide banners (top-up, offline), `<main>` with the page,
 * and the footer with the scenario panel (mock only).
 */
export function Layout({ pathname, children }: { pathname: string; children: ReactNode }) {
  // The balance for the top-up banner, loaded from /dashboard (works while /v1 refuses) when it shows.
  const paymentRequired = useAccountState((state) => state.paymentRequired);
  const balance = useQuery({ ...billingQuery, enabled: paymentRequired, select: (data) => data.xTokens });
  return (
    <div className="demo-app">
      <Header pathname={pathname} />
      {/* A named region: the banners' actions sit in a landmark like everything else. */}
      <section className="demo-banners" aria-label="Account notices">
        <TopUpBanner balance={balance.data} />
        <OfflineBanner />
      </section>
      <main id="main" tabIndex={-1} className="demo-main">
        {children}
      </main>
      <Footer />
    </div>
  );
}
