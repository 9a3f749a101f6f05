// The API's resource shapes, as the mock documents them (src/mocks/README.md).
export type { ApiKeySummary, BillingEntry, EndUser, Generation, GenerationImage } from '../../mocks/types';

/** `POST /v1/generations` body. */
export interface GenerationInput {
  prompt: string;
  referenceImages: string[];
  endUserEmail: string;
  imageCount: number;
}

/** `{ data: T[] }`, the list envelope. */
export interface ListOf<T> {
  data: T[];
}
