import { render } from '@testing-library/react';
import type { ReactNode } from 'react';
import { XModeErrorProvider } from '../../../src';
import type { XModeErrorProviderSettings } from '../../../src/components/XModeErrorProvider/XModeErrorProvider';
import { createKit } from '../xmodeTestKit';

/**
 * Renders `ui` inside the kit's provider as a `wrapper`, so `rerender` keeps the provider
 * (and the account store) and only swaps the component. `toaster={false}`: these suites
 * look at the components, not at sonner.
 */
export function renderInProvider(
  ui: ReactNode,
  kit: ReturnType<typeof createKit> = createKit(),
  props: XModeErrorProviderSettings = {},
) {
  const wrapper = ({ children }: { children: ReactNode }) => (
    <XModeErrorProvider client={kit.queryClient} toaster={false} {...props}>
      {children}
    </XModeErrorProvider>
  );
  return { kit, ...render(ui, { wrapper }) };
}

/** The text a live region gives a screen reader: its content minus `aria-hidden` parts. */
export function spokenText(element: Element): string {
  const clone = element.cloneNode(true) as Element;
  clone.querySelectorAll('[aria-hidden="true"]').forEach((node) => node.remove());
  const walker = document.createTreeWalker(clone, NodeFilter.SHOW_TEXT);
  const words: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) words.push(node.textContent ?? '');
  return words.join(' ').replace(/\s+/g, ' ').trim();
}
