import { useMutationState } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import {
  ErrorSummary,
  FieldError,
  RetryingStatus,
  SubmitButton,
  usePaymentRecovery,
  useServerErrors,
  type KeptPaidRequest,
} from 'xmode-error-ui';
import { createGenerationKey, useCreateGeneration } from '../api/generations';
import type { Generation, GenerationInput } from '../api/types';
import { Link } from '../router';
import { readPrefill, readRerunOf } from './generationPrefill';
import { ReferenceImagesField } from './ReferenceImagesField';
import {
  IMAGE_COST_XTOKENS,
  MAX_IMAGES,
  MIN_IMAGES,
  generationFieldMap,
  generationLabels,
  generationRules,
  type GenerationFormValues,
} from './generationRules';

const EMPTY: GenerationFormValues = { prompt: '', referenceImages: [], endUserEmail: '', imageCount: 1 };

/** "Re-run prompt" pre-fills the form; else a generation kept after a 402 does (the user comes back from billing). */
function initialValues(kept: KeptPaidRequest | undefined): GenerationFormValues {
  const prefill = readPrefill() ?? keptInput(kept);
  if (!prefill) return EMPTY;
  return { ...prefill, referenceImages: prefill.referenceImages.map((url) => ({ url })) };
}

function keptInput(kept: KeptPaidRequest | undefined): GenerationInput | undefined {
  if (!kept || JSON.stringify(kept.mutationKey) !== JSON.stringify(createGenerationKey)) return undefined;
  return readPrefill({ prefill: kept.variables });
}

/** The last generation created since the form opened: by its own submit, or by "Generate again" in the top-up banner. */
function useLastCreated(since: number): Generation | undefined {
  const sent = useMutationState({
    filters: { mutationKey: [...createGenerationKey], status: 'success', predicate: (mutation) => mutation.state.submittedAt >= since },
    select: (mutation) => mutation.state.data as Generation,
  });
  return sent.at(-1);
}

/**
 * Create a generation: client-side checks, then the API's own (field messages and the
 * error summary via `useServerErrors`), the wait of a 429 on the submit button, the
 * provider outage the API client waits out.
 * What the user typed is never cleared by an error; "Re-run prompt" pre-fills it.
 */
export function GenerationForm() {
  const recovery = usePaymentRecovery();
  const [defaultValues] = useState(() => initialValues(recovery.kept));
  const [openedAt] = useState(Date.now);
  const [rerunOf] = useState(() => readRerunOf());
  const form = useForm<GenerationFormValues>({ defaultValues, shouldFocusError: false });
  const references = useFieldArray({ control: form.control, name: 'referenceImages' });
  const create = useCreateGeneration();
  const created = useLastCreated(openedAt);
  const resent = created !== undefined && created.id !== create.data?.id;
  // Sent again from the banner: the form's request went through, as after its own submit.
  useEffect(() => {
    if (!resent) return;
    create.reset();
    form.reset(EMPTY);
    references.replace([]);
    // eslint-disable-next-line react-hooks/exhaustive-deps -- once per generation sent again
  }, [resent, created?.id]);
  const server = useServerErrors(form, create.error, {
    idPrefix: 'generate',
    pending: create.isPending,
    fieldMap: generationFieldMap,
    labels: generationLabels,
  });

  const submit = server.handleSubmit(async (values) => {
    await create.mutateAsync({
      prompt: values.prompt,
      endUserEmail: values.endUserEmail.trim(),
      imageCount: values.imageCount,
      referenceImages: values.referenceImages.map((reference) => reference.url.trim()),
    });
    form.reset(EMPTY);
    references.replace([]);
  });
  // The cost on the button: what pressing it spends.
  const count = Number(useWatch({ control: form.control, name: 'imageCount' })) || 0;

  return (
    <form className="demo-form" onSubmit={submit} noValidate aria-label="New generation" data-testid="generation-form">
      <ErrorSummary server={server} />
      {rerunOf && !created ? (
        <p className="demo-notice" data-testid="rerun-note">
          {rerunOf.missing > 0
            ? `Re-running the prompt of generation ${rerunOf.id} for the ${rerunOf.missing === 1 ? 'image' : `${rerunOf.missing} images`} that couldn't be saved. Check the details, then generate.`
            : `Re-running the prompt of generation ${rerunOf.id}. Check the details, then generate.`}
        </p>
      ) : null}
      <p role="status" className="demo-notice" data-testid="generation-created">
        {created ? (
          <>
            Generation started. <Link to={`/generations/${encodeURIComponent(created.id)}`}>View generation {created.id}</Link>
          </>
        ) : null}
      </p>
      <div className="demo-field">
        <label htmlFor={server.fieldId('prompt')}>Prompt</label>
        <p id="generate-prompt-hint" className="demo-hint">
          Describe the image. Up to 1000 characters.
        </p>
        <FieldError server={server} name="prompt" />
        <textarea rows={4} {...form.register('prompt', generationRules.prompt)} {...server.fieldProps('prompt', { describedBy: 'generate-prompt-hint' })} />
      </div>
      <ReferenceImagesField server={server} references={references} />
      <div className="demo-field">
        <label htmlFor={server.fieldId('endUserEmail')}>End-user&apos;s email</label>
        <p id="generate-email-hint" className="demo-hint">
          Who the images are for. New end-users are added automatically.
        </p>
        <FieldError server={server} name="endUserEmail" />
        <input
          type="email"
          autoComplete="off"
          spellCheck={false}
          {...form.register('endUserEmail', generationRules.endUserEmail)}
          {...server.fieldProps('endUserEmail', { describedBy: 'generate-email-hint' })}
        />
      </div>
      <div className="demo-field">
        <label htmlFor={server.fieldId('imageCount')}>Number of images</label>
        <p id="generate-count-hint" className="demo-hint">
          From {MIN_IMAGES} to {MAX_IMAGES}. Each image costs {IMAGE_COST_XTOKENS} xTokens.
        </p>
        <FieldError server={server} name="imageCount" />
        <input
          type="number"
          inputMode="numeric"
          min={MIN_IMAGES}
          max={MAX_IMAGES}
          {...form.register('imageCount', generationRules.imageCount)}
          {...server.fieldProps('imageCount', { describedBy: 'generate-count-hint' })}
        />
      </div>
      <RetryingStatus pending={create.isPending} />
      <div className="demo-form__actions">
        <SubmitButton server={server} data-testid="generate-submit">
          {generateLabel(count)}
        </SubmitButton>
      </div>
    </form>
  );
}

/** "Generate 1 image (10 xTokens)": the button says what it spends. */
function generateLabel(count: number): string {
  if (count < MIN_IMAGES || count > MAX_IMAGES) return 'Generate images';
  return `Generate ${count} ${count === 1 ? 'image' : 'images'} (${count * IMAGE_COST_XTOKENS} xTokens)`;
}
