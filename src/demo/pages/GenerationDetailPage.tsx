import { GenerationImages } from 'xmode-error-ui';
import { useGeneration } from '../api/generations';
import type { Generation } from '../api/types';
import { rerunState } from '../forms/generationPrefill';
import { Page } from '../Page';
import { Link, navigate } from '../router';
import { QueryError } from '../ui/QueryError';
import { Gate } from '../ui/Gate';
import { LoadingStatus } from '../ui/LoadingStatus';

/** `/generations/:id`: the generation's details and its images grid, polled until done. */
export function GenerationDetailPage({ id }: { id: string }) {
  return (
    <Page title="Generation">
      <p>
        <Link to="/generations">Back to generations</Link>
      </p>
      <Gate>
        <GenerationDetail id={id} />
      </Gate>
    </Page>
  );
}

function GenerationDetail({ id }: { id: string }) {
  const query = useGeneration(id);
  if (query.isPending) return <LoadingStatus what={`generation ${id}`} failures={query.failureCount} />;
  if (query.isError) {
    return (
      <QueryError
        error={query.error}
        resource={{ kind: 'generation', id }}
        onRetry={() => void query.refetch()}
      />
    );
  }
  return <GenerationView generation={query.data} />;
}

function GenerationView({ generation }: { generation: Generation }) {
  const finished = generation.status === 'succeeded';
  const rerun = (_prompt: string, missing: { count: number }) => navigate('/generations/new', { state: rerunState(generation, missing.count) });
  return (
    <>
      <dl className="demo-details">
        <dt>Prompt</dt>
        <dd>{generation.prompt}</dd>
        <dt>End-user</dt>
        <dd>{generation.endUserEmail}</dd>
        <dt>Images</dt>
        <dd>
          {generation.imageCount} ({generation.cost} xTokens)
        </dd>
        <dt>ID</dt>
        <dd>
          <code>{generation.id}</code>
        </dd>
      </dl>
      <h2>Images</h2>
      <p role="status" className="demo-muted">
        {finished ? '' : 'Generating… this page updates by itself.'}
      </p>
      {finished ? (
        <GenerationImages
          key={generation.id}
          prompt={generation.prompt}
          status={generation.status}
          images={generation.images}
          onRerun={rerun}
        />
      ) : null}
    </>
  );
}
