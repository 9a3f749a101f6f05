import { FORM_SCENARIO_FLOWS } from '../flows/formScenarios';
import { describeFlows } from './playwrightFlow';

// Scenarios that show on the create-generation form after Submit: shared with Firefox and WebKit (tests/flows).
describeFlows('create-generation form scenarios', FORM_SCENARIO_FLOWS);
