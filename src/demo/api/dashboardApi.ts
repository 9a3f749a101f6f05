import { queryOptions, useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { BalanceCheck, KeptPaidRequest } from 'xmode-error-ui';
import { IMAGE_COST_XTOKENS } from '../forms/generationRules';
import { createGenerationKey } from './generations';
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

/** The balance check of the top-up banner: the balance from `/dashboard/billing`, read fresh. */
export function readBalance(queryClient: QueryClient): BalanceCheck {
  return async () => (await queryClient.fetchQuery({ ...billingQuery, staleTime: 0 })).xTokens;
}

/** What a kept generation costs: its image count × the image price (unknown for anything else). */
export function costOfKept(kept: KeptPaidRequest): number | undefined {
  if (JSON.stringify(kept.mutationKey) !== JSON.stringify(createGenerationKey)) return undefined;
  const count = (kept.variables as { imageCount?: unknown } | null)?.imageCount;
  return typeof count === 'number' ? count * IMAGE_COST_XTOKENS : undefined;
}

/** `GET /dashboard/keys`: only the last 4 characters of each key. */
export function useApiKeys() {
  return useQuery({
    queryKey: dashboardKeys.keys(),
    queryFn: ({ signal }) => dashboard.get<ListOf<ApiKeySummary>>('/dashboard/keys', { signal }),
  });
}
