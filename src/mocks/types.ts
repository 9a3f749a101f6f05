/**
 * Shapes of the mock xMode API's resources, as its handlers send them. The xMode error
 * reference documents only the error format; these success shapes are the mock's own
 * (see src/mocks/README.md), kept small and stable for the demo, tests and stories.
 */

/** Lifecycle of a generation: one step per read in the mock (see `readGeneration`). */
export type GenerationStatus = 'queued' | 'processing' | 'succeeded';

/** A stored image: an inline SVG `data:` URL, so the mock never touches the network. */
export interface StoredImage {
  id: string;
  url: string;
}

/** An image the model produced but storage failed to persist (`images[].error`). */
export interface FailedImage {
  id: string;
  error: { code: 'storage_failed'; message: string };
}

/** One entry of a succeeded generation's `images`. */
export type GenerationImage = StoredImage | FailedImage;

/** `GET /v1/generations/:id`. `images` is empty until the generation has succeeded. */
export interface Generation {
  id: string;
  status: GenerationStatus;
  prompt: string;
  referenceImages: string[];
  endUserEmail: string;
  imageCount: number;
  /** xTokens charged when the generation was accepted. */
  cost: number;
  createdAt: string;
  completedAt: string | null;
  images: GenerationImage[];
}

/** `GET /v1/end-users` entry. */
export interface EndUser {
  email: string;
  blocked: boolean;
  createdAt: string;
  /** Queued or processing generations: while above 0, `DELETE` answers 409 `conflict`. */
  activeGenerations: number;
}

/** `GET /dashboard/billing` history entry; `amount` is signed (charges are negative). */
export interface BillingEntry {
  id: string;
  type: 'top_up' | 'charge';
  amount: number;
  description: string;
  createdAt: string;
}

/** `GET /dashboard/keys` entry: only the last 4 characters of a key are ever sent. */
export interface ApiKeySummary {
  id: string;
  last4: string;
  createdAt: string;
}
