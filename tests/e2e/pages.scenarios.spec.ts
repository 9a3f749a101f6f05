import { PAGE_SCENARIO_FLOWS } from '../flows/pageScenarios';
import { describeFlows } from './playwrightFlow';

// Scenarios that show as soon as their page opens: the flows are shared with Firefox and WebKit (tests/flows).
describeFlows('page scenarios', PAGE_SCENARIO_FLOWS);
