import type { UseFieldArrayReturn } from 'react-hook-form';
import { FieldError, type ServerErrors } from 'xmode-error-ui';
import { MAX_REFERENCE_IMAGES, generationRules, type GenerationFormValues } from './generationRules';

export interface ReferenceImagesFieldProps {
  server: ServerErrors<GenerationFormValues>;
  references: UseFieldArrayReturn<GenerationFormValues, 'referenceImages'>;
}

/** Up to four reference image URLs, each with its label, message and Remove button. */
export function ReferenceImagesField({ server, references }: ReferenceImagesFieldProps) {
  const { form } = server;
  const { fields, append, remove } = references;
  return (
    <fieldset className="demo-field" id={server.fieldId('referenceImages')} tabIndex={-1} aria-describedby="generate-references-hint">
      <legend>Reference images (optional)</legend>
      <p id="generate-references-hint" className="demo-hint">
        Web addresses of up to {MAX_REFERENCE_IMAGES} images to guide the style.
      </p>
      <FieldError server={server} name="referenceImages" />
      {fields.map((field, index) => {
        const name = `referenceImages.${index}.url` as const;
        return (
          <div key={field.id} className="demo-field">
            <label htmlFor={server.fieldId(name)}>Reference image {index + 1}</label>
            <FieldError server={server} name={name} />
            <div className="demo-form__actions">
              <input type="url" autoComplete="off" {...form.register(name, generationRules.referenceUrl)} {...server.fieldProps(name)} />
              <button type="button" className="xm-button xm-button--secondary" onClick={() => remove(index)}>
                Remove<span className="xm-visually-hidden"> reference image {index + 1}</span>
              </button>
            </div>
          </div>
        );
      })}
      {fields.length < MAX_REFERENCE_IMAGES ? (
        <p>
          <button type="button" className="xm-button xm-button--secondary" onClick={() => append({ url: '' })}>
            Add a reference image
          </button>
        </p>
      ) : null}
    </fieldset>
  );
}
