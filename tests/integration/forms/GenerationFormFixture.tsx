import { useMutation } from '@tanstack/react-query';
import { useFieldArray, useForm, useWatch } from 'react-hook-form';
import type { XModeClient } from '../../../src';
import { useServerErrors } from '../../../src/react';
import type { UseServerErrorsOptions } from '../../../src/react/forms/useServerErrors';
import { ErrorSummary } from '../../../src/components/ErrorSummary';
import { FieldError } from '../../../src/components/FieldError';
import { SubmitButton } from '../../../src/components/SubmitButton';

/** What the form holds; `referenceImages` are objects because `useFieldArray` needs them. */
export interface GenerationFormValues {
  prompt: string;
  referenceImages: Array<{ url: string }>;
  email: string;
  imageCount: number;
  advanced: boolean;
  seed: string;
}

// Field order = layout order: the error summary lists problems in this order.
const defaultValues: GenerationFormValues = {
  prompt: '',
  referenceImages: [{ url: '' }],
  email: '',
  imageCount: 1,
  advanced: false,
  seed: '',
};

/** The API's names where they differ from the form's (`referenceImages.2` is the third URL). */
const fieldMap = { endUserEmail: 'email', 'referenceImages.*': 'referenceImages.*.url' };

/** Labels that start the API's fragment messages ("must be a valid email address"). */
const labels = {
  prompt: 'Prompt',
  referenceImages: 'Reference images',
  'referenceImages.*.url': 'Reference image {n}',
  email: 'End-user email',
  imageCount: 'Number of images',
  seed: 'Seed',
};

export interface GenerationFormFixtureProps {
  api: XModeClient;
  /** Render the error summary (default true); without it focus goes to the first invalid field. */
  withSummary?: boolean;
  /** Passed to `useServerErrors` over the fixture's own options. */
  options?: UseServerErrorsOptions;
}

/**
 * A realistic "new generation" form: prompt, reference image URLs (a field array), the
 * end user's email, an image count, and an "advanced" section whose `seed` field exists
 * only while its checkbox is ticked. Submits `POST /v1/generations`.
 */
export function GenerationFormFixture({ api, withSummary = true, options }: GenerationFormFixtureProps) {
  const form = useForm<GenerationFormValues>({ defaultValues, shouldFocusError: false });
  const images = useFieldArray({ control: form.control, name: 'referenceImages' });
  const advanced = useWatch({ control: form.control, name: 'advanced' });
  const generate = useMutation({
    mutationFn: (values: GenerationFormValues) =>
      api.post<{ id: string }>('/v1/generations', {
        prompt: values.prompt,
        referenceImages: values.referenceImages.map((image) => image.url),
        endUserEmail: values.email,
        imageCount: values.imageCount,
        ...(values.advanced ? { seed: values.seed } : {}),
      }),
    meta: { xmode: { paid: true } },
  });
  const server = useServerErrors(form, generate.error, {
    idPrefix: 'generation',
    pending: generate.isPending,
    fieldMap,
    labels,
    ...options,
  });

  return (
    <form onSubmit={server.handleSubmit((values) => generate.mutate(values))} noValidate aria-labelledby="generation-title">
      <h1 id="generation-title">New generation</h1>
      {withSummary ? <ErrorSummary server={server} /> : null}

      <div>
        <label htmlFor={server.fieldId('prompt')}>Prompt</label>
        <FieldError server={server} name="prompt" />
        <textarea
          {...form.register('prompt', { required: 'Enter a prompt that describes the images' })}
          {...server.fieldProps('prompt')}
        />
      </div>

      <fieldset {...server.fieldProps('referenceImages')}>
        <legend>Reference images (optional)</legend>
        <FieldError server={server} name="referenceImages" />
        {images.fields.map((item, index) => (
          <div key={item.id}>
            <label htmlFor={server.fieldId(`referenceImages.${index}.url`)}>Reference image {index + 1} URL</label>
            <FieldError server={server} name={`referenceImages.${index}.url`} />
            <input type="url" {...form.register(`referenceImages.${index}.url`)} {...server.fieldProps(`referenceImages.${index}.url`)} />
            <button type="button" onClick={() => images.remove(index)}>
              Remove reference image {index + 1}
            </button>
          </div>
        ))}
        <button type="button" onClick={() => images.append({ url: '' })}>
          Add a reference image
        </button>
      </fieldset>

      <div>
        <label htmlFor={server.fieldId('email')}>End-user email</label>
        <FieldError server={server} name="email" />
        <input type="email" autoComplete="email" {...form.register('email')} {...server.fieldProps('email')} />
      </div>

      <div>
        <label htmlFor={server.fieldId('imageCount')}>Number of images</label>
        <FieldError server={server} name="imageCount" />
        <input type="number" {...form.register('imageCount', { valueAsNumber: true })} {...server.fieldProps('imageCount')} />
      </div>

      <div>
        <input type="checkbox" {...form.register('advanced')} {...server.fieldProps('advanced')} />
        <label htmlFor={server.fieldId('advanced')}>Show advanced settings</label>
      </div>
      {advanced ? (
        <div>
          <label htmlFor={server.fieldId('seed')}>Seed</label>
          <FieldError server={server} name="seed" />
          <input inputMode="numeric" {...form.register('seed')} {...server.fieldProps('seed')} />
        </div>
      ) : null}

      <SubmitButton server={server}>Generate images</SubmitButton>
      {generate.isSuccess ? <p role="status">Generation {generate.data.id} started</p> : null}
    </form>
  );
}
