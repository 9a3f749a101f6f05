import { GenerationForm } from '../forms/GenerationForm';
import { Page } from '../Page';
import { Gate } from '../ui/Gate';

/** `/generations/new`: the create form (a `/v1` feature, so behind the account gate). */
export function NewGenerationPage() {
  return (
    <Page title="New generation">
      <Gate>
        <GenerationForm />
      </Gate>
    </Page>
  );
}
