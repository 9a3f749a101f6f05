import { KEYBOARD_FLOWS } from '../flows/keyboard';
import { describeFlows } from './playwrightFlow';

// Keyboard-only runs of the main flows: shared with Firefox and WebKit (tests/flows).
describeFlows('keyboard only', KEYBOARD_FLOWS);
