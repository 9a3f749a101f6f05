import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { BalanceCheck } from 'xmode-error-ui';
import { IMAGE_COST_XTOKENS } from '../forms/generationRules';
import { dashboard } from './clients';
import type { ApiKeySummary, BillingEntry, ListOf } from './types';

export const dashboardKeys = {
  billing: () => ['dashboard', 'billing'] as const,
  keys: () => ['dashboard', 'keys'] as const,
};

/** `GET /dashboard/billing`: balance and history; works while the account is blocked. */
export const billingQuery = queryOptions({
  queryKey: dashboardKeys.billing(),
  queryFn: ({ signal }) => dashboard.get<{ xTokens: number; history: BillingEntry[] }>('/dashboard/billing', { signal }),
});

export function useBilling() {
  return useQuery(billingQuery);
}

/** `POST /dashboard/billing/top-up`. The page clears the payment state on success. */
export function useTopUp() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (amount: number) => dashboard.post<{ xTokens: number }>('/dashboard/billing/top-up', { amount }),
    meta: { xmode: { shownIn: 'form' } },
    onSuccess: () => queryClient.invalidateQueries({ queryKey: dashboardKeys.billing() }),
  });
}

/**
 * "I've topped up": reads the balance again, fresh, and says whether it covers the kept
 * generation (its image count × the image price; one image when nothing is kept).
 */
export function balanceCoversKeptRequest(queryClient: QueryClient): BalanceCheck {
  return async (kept) => {
    const billing = await queryClient.fetchQuery({ ...billingQuery, staleTime: 0 });
    const variables = kept?.variables as { imageCount?: unknown } | undefined;
    const images = typeof variables?.imageCount === 'number' ? variables.imageCount : 1;
    return billing.xTokens >= images * IMAGE_COST_XTOKENS;
  };
}

/** `GET /dashboard/keys`: only the last 4 characters of each key. */
export function useApiKeys() {
  return useQuery({
    queryKey: dashboardKeys.keys(),
    queryFn: ({ signal }) => dashboard.get<ListOf<ApiKeySummary>>('/dashboard/keys', { signal }),
  });
}
