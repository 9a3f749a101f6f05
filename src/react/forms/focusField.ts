const FOCUSABLE = 'input:not([type="hidden"]), select, textarea, button, [tabindex]';

/**
 * True when the element with `id` is in the document and not inside a hidden or inert
 * part of the page: a field the user can see, reach and fix.
 */
export function isOnScreen(id: string): boolean {
  if (typeof document === 'undefined') return false;
  const element = document.getElementById(id);
  return element !== null && element.closest('[hidden], [inert]') === null;
}

/**
 * Focuses the field with `id`: the element itself when it can take focus, else the first
 * control inside it (a group such as a list of inputs), else `fallback` (react-hook-form's
 * `setFocus`, for a field rendered without the id). Brings it into view.
 */
export function focusField(id: string, fallback?: () => void): void {
  const element = typeof document === 'undefined' ? null : document.getElementById(id);
  const target = element?.matches(FOCUSABLE) ? element : element?.querySelector<HTMLElement>(FOCUSABLE);
  if (!target) {
    fallback?.();
    return;
  }
  target.focus();
  // jsdom has no scrollIntoView; browsers keep the label above the field in view.
  target.scrollIntoView?.({ block: 'center' });
}
