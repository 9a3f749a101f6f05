import { useBalance } from '../api/generations';
import { GenerationForm } from '../forms/GenerationForm';
import { Page } from '../Page';
import { Gate } from '../ui/Gate';

/** `/generations/new`: the create form and the balance it spends (`/v1` features, so behind the account gate). */
export function NewGenerationPage() {
  return (
    <Page title="New generation">
      <Gate>
        <Balance />
        <GenerationForm />
      </Gate>
    </Page>
  );
}

function Balance() {
  const balance = useBalance();
  return (
    <p className="demo-hint" data-testid="v1-balance">
      {balance.data ? `You have ${balance.data.xTokens.toLocaleString('en')} xTokens.` : '\u00a0'}
    </p>
  );
}
