import { BAD_INPUT_FLOWS } from '../flows/badInputScenarios';
import { describeFlows } from './playwrightFlow';

// The generation list fed broken answers: shared with Firefox and WebKit (tests/flows).
describeFlows('bad input on the generation list', BAD_INPUT_FLOWS);
