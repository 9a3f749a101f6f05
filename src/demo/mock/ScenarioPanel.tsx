import { useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { toast } from 'sonner';
import type { XModeQueryClient } from 'xmode-error-ui';
import type { ScenarioId } from '../../mocks/scenarios';
import { apiKeyStore } from '../api/apiKeyStore';
import { dashboard, v1 } from '../api/clients';
import { navigate } from '../router';
import type { MockControls } from './MockControls';

/**
 * The dev panel of the mock: force any scenario on the next matching request (then open
 * the page where it shows), a link per scenario that primes it from the URL, and "Reset
 * mock". A `<details>`, so it stays out of the way and works with the keyboard.
 */
export function ScenarioPanel({ mock }: { mock: MockControls }) {
  const queryClient = useQueryClient() as XModeQueryClient;
  const [selected, setSelected] = useState<ScenarioId>(mock.scenarios[0]?.id ?? 'validation_error');
  const [status, setStatus] = useState('');

  const force = (event: FormEvent) => {
    event.preventDefault();
    const scenario = mock.scenarios.find((candidate) => candidate.id === selected);
    if (!scenario) return;
    mock.force(scenario.id);
    setStatus(`Forced "${scenario.label}". ${scenario.description}`);
    if (window.location.pathname === scenario.path) void queryClient.invalidateQueries({ type: 'active' });
    else navigate(scenario.path);
  };

  const reset = () => {
    mock.reset();
    for (const client of [v1, dashboard]) Object.values(client.windows).forEach((window) => window.close());
    queryClient.xmode.account.setState({ blocked: false, unauthorized: false, paymentRequired: false, offline: false });
    apiKeyStore.set(mock.apiKey);
    toast.dismiss();
    queryClient.getMutationCache().clear();
    void queryClient.resetQueries();
    setStatus('The mock is back to its seeded data; no scenario is pending.');
  };

  return (
    <details className="demo-scenarios">
      <summary>Scenarios</summary>
      <p>
        Make the mock API fail the way the real one can. A forced scenario answers the next matching request(s); the page where it
        shows opens.
      </p>
      <form className="demo-scenarios__form" onSubmit={force}>
        <label htmlFor="scenario-select">Scenario</label>
        <select id="scenario-select" value={selected} onChange={(event) => setSelected(event.target.value as ScenarioId)}>
          {mock.scenarios.map((scenario) => (
            <option key={scenario.id} value={scenario.id}>
              {scenario.label}
            </option>
          ))}
        </select>
        <button type="submit" className="xm-button" data-testid="force-scenario">
          Force on next request
        </button>
        <button type="button" className="xm-button xm-button--secondary" onClick={reset} data-testid="reset-mock">
          Reset mock
        </button>
      </form>
      <p role="status" className="demo-scenarios__status">
        {status}
      </p>
      <h2 className="demo-scenarios__heading">Open a scenario by URL</h2>
      <ul className="demo-scenarios__links">
        {mock.scenarios.map((scenario) => (
          <li key={scenario.id}>
            <a href={`/?scenario=${scenario.id}`}>{scenario.label}</a> <code>{scenario.id}</code>
          </li>
        ))}
      </ul>
    </details>
  );
}
