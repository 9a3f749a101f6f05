import type { Meta, StoryObj } from '@storybook/react-vite';
import { useQuery } from '@tanstack/react-query';
import { delay, http, HttpResponse } from 'msw';
import { useId } from 'react';
import { expect, within } from 'storybook/test';
import { ErrorState } from '../../components';
import { StoryPage } from '../kit/pages';
import { settleAnimations } from '../kit/play';
import { SHORT_WAITS, useStoryApi } from '../kit/storyKit';
import { errorStateControls, errorStatePlayground, type ErrorStateArgs } from '../kit/errorStateControls';

/** Each request of the story gives up after this long (`AbortSignal.timeout`). */
const DEADLINE_MS = 300;

/** The balance, asked for with a deadline: what a host does for a call that must be quick. */
function BalanceWithDeadline() {
  const api = useStoryApi();
  const headingId = useId();
  const query = useQuery({
    queryKey: ['story', 'balance-with-deadline'],
    queryFn: ({ signal }) => api.get<{ xTokens: number }>('/v1/balance', { signal: AbortSignal.any([signal, AbortSignal.timeout(DEADLINE_MS)]) }),
  });
  return (
    <section aria-labelledby={headingId}>
      <h2 id={headingId}>Balance</h2>
      {query.data ? <p>{query.data.xTokens} xTokens</p> : null}
      {query.isPending ? <p>Loading the balance…</p> : null}
      <ErrorState error={query.error} onRetry={() => void query.refetch()} headingLevel={3} />
    </section>
  );
}

const meta = {
  title: 'Error states/API too slow (no status, timeout)',
  ...errorStateControls('timeout'),
  parameters: {
    xmode: { ...SHORT_WAITS },
    msw: {
      handlers: [
        http.get('*/v1/balance', async () => {
          await delay('infinite');
          return HttpResponse.json({ xTokens: 0 });
        }),
      ],
    },
  },
  render: () => (
    <StoryPage>
      <BalanceWithDeadline />
    </StoryPage>
  ),
} satisfies Meta<ErrorStateArgs>;

export default meta;
type Story = StoryObj<typeof meta>;

/** The code in its usual context, reached without interaction; the controls change it. */
export const Playground: Story = errorStatePlayground();

const TITLE = 'The xMode API is taking too long to answer';

/**
 * The API never answers within the request's deadline: retried twice like any query, then
 * the state in place of the balance with Retry, which says it once (no toast says it a
 * second time). A slow API is not an offline user: the offline banner stays away.
 */
export const SlowApi: Story = {
  async play({ canvasElement }) {
    const canvas = within(canvasElement);
    const section = within(canvas.getByRole('region', { name: 'Balance' }));
    await expect(await section.findByRole('heading', { name: TITLE }, { timeout: 4000 })).toBeInTheDocument();
    await expect(section.getByRole('button', { name: 'Retry' })).toBeInTheDocument();
    await expect(canvas.queryByText("You're offline")).not.toBeInTheDocument();
    await settleAnimations();
    await expect(document.querySelector('[data-sonner-toast]')).toBeNull();
  },
};
