import type { Generation } from '../api/types';

const LABELS: Record<Generation['status'], string> = {
  queued: 'Queued',
  processing: 'Processing',
  succeeded: 'Succeeded',
};

/** A generation's status in words, noting images that could not be saved. */
export function StatusBadge({ generation }: { generation: Generation }) {
  const label = LABELS[generation.status] ?? String(generation.status);
  const failed = generation.images.filter((image) => 'error' in image).length;
  return (
    <span className={`demo-badge demo-badge--${generation.status}`}>
      {label}
      {failed > 0 ? `, ${failed} not saved` : ''}
    </span>
  );
}
