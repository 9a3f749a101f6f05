/** Every shared browser flow, grouped as the reports show them. */
import { BAD_INPUT_FLOWS } from './badInputScenarios';
import type { Flow } from './flow';
import { FORM_SCENARIO_FLOWS } from './formScenarios';
import { KEYBOARD_FLOWS } from './keyboard';
import { MONEY_FLOWS, MONEY_TABS_FLOWS } from './money';
import { PAGE_SCENARIO_FLOWS } from './pageScenarios';
import { SEEN_ONCE_FLOWS } from './seenOnce';
import { TABS_FLOWS } from './tabs';

export interface FlowGroup {
  name: string;
  flows: readonly Flow[];
}

/** The scenario walk (every mock scenario's page and form states), the keyboard flows, the tabs flows, #21's money flows and what each screen shows once (#25). */
export const FLOW_GROUPS: readonly FlowGroup[] = [
  { name: 'page scenarios', flows: PAGE_SCENARIO_FLOWS },
  { name: 'create-generation form scenarios', flows: FORM_SCENARIO_FLOWS },
  { name: 'bad input on the generation list', flows: BAD_INPUT_FLOWS },
  { name: 'keyboard only', flows: KEYBOARD_FLOWS },
  { name: 'tabs of one dashboard', flows: TABS_FLOWS },
  { name: 'seen once, and right to left', flows: SEEN_ONCE_FLOWS },
  { name: 'money and typed work are never lost', flows: [...MONEY_FLOWS, ...MONEY_TABS_FLOWS] },
];
