import { screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it, vi } from 'vitest';
import { XModeError } from '../../../src';
import { ContentPolicyNotice } from '../../../src/components';
import { expectNoAxeViolations } from '../axe';
import { renderInProvider } from './componentKit';

describe('ContentPolicyNotice', () => {
  it('should explain the rejection, advise and offer Edit prompt', async () => {
    const user = userEvent.setup();
    const onEditPrompt = vi.fn();
    const error = new XModeError({ code: 'content_policy', status: 422, message: 'Prompt mentions a real person' });
    const { container } = renderInProvider(<ContentPolicyNotice error={error} onEditPrompt={onEditPrompt} />);

    const alert = screen.getByRole('alert');
    expect(alert).toHaveTextContent('Your request was rejected by the content filter');
    expect(alert).toHaveTextContent('Rephrase the prompt or use different reference images.');
    expect(alert).toHaveTextContent('Details from xMode: Prompt mentions a real person');
    await user.click(screen.getByRole('button', { name: 'Edit prompt' }));
    expect(onEditPrompt).toHaveBeenCalledTimes(1);
    await expectNoAxeViolations(container);
  });

  it('should name the action for its item and leave it out without a callback', () => {
    const view = renderInProvider(<ContentPolicyNotice onEditPrompt={() => undefined} editPromptLabel="Edit prompt for image 3" />);
    expect(screen.getByRole('button', { name: 'Edit prompt for image 3' })).toBeInTheDocument();
    view.rerender(<ContentPolicyNotice />);
    expect(screen.queryByRole('button')).not.toBeInTheDocument();
  });
});
