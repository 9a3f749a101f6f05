// Loaded only when the demo runs on the mock (dynamic import), so a build for a real
// API ships neither MSW nor the mock's data in its first chunk.
import { startMockApi } from '../../mocks/browser';
import { MOCK_API_KEY, resetMockDb } from '../../mocks/db';
import { SCENARIOS, activeScenarios, clearScenarios, forceScenario, primeFromUrl } from '../../mocks/scenarios';
import type { MockControls } from './MockControls';

/** Starts the MSW worker and returns what the scenario panel drives. */
export async function startMock(): Promise<MockControls> {
  await startMockApi();
  return {
    apiKey: MOCK_API_KEY,
    scenarios: SCENARIOS,
    force: (id) => forceScenario(id),
    primeFromUrl,
    active: activeScenarios,
    reset: () => {
      resetMockDb();
      clearScenarios();
    },
  };
}
