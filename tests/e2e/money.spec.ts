import { MONEY_FLOWS, MONEY_TABS_FLOWS } from '../flows/money';
import { describeFlows } from './playwrightFlow';

// Money and typed work are never lost (#21): shared with Firefox and WebKit (tests/flows).
describeFlows('money and typed work are never lost', [...MONEY_FLOWS, ...MONEY_TABS_FLOWS]);
