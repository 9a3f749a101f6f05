import { useGenerationList } from '../api/generations';
import type { Generation } from '../api/types';
import { Page } from '../Page';
import { Link } from '../router';
import { QueryError } from '../ui/QueryError';
import { StatusBadge } from '../ui/StatusBadge';
import { Gate } from '../ui/Gate';
import { LoadingStatus } from '../ui/LoadingStatus';

/** `/generations`: every generation, newest first, polled while some are unfinished. */
export function GenerationListPage() {
  return (
    <Page title="Generations">
      <Gate>
        <GenerationList />
      </Gate>
    </Page>
  );
}

function GenerationList() {
  const list = useGenerationList();
  if (list.isPending) return <LoadingStatus what="generations" failures={list.failureCount} />;
  // A failed refresh behind a list already on screen keeps the list: nothing shows that
  // error, so the module's one toast (with Retry) says it.
  if (list.isError && list.data === undefined) {
    return <QueryError error={list.error} onRetry={() => void list.refetch()} />;
  }
  const generations = list.data.data;
  return (
    <>
      <p>
        <Link to="/generations/new" className="xm-button">
          New generation
        </Link>
      </p>
      {generations.length === 0 ? <p>No generations yet.</p> : <GenerationTable generations={generations} />}
    </>
  );
}

function GenerationTable({ generations }: { generations: Generation[] }) {
  return (
    <table className="demo-table" data-testid="generation-list">
      <caption className="xm-visually-hidden">Your generations, newest first</caption>
      <thead>
        <tr>
          <th scope="col">Prompt</th>
          <th scope="col">End-user</th>
          <th scope="col">Images</th>
          <th scope="col">Status</th>
        </tr>
      </thead>
      <tbody>
        {generations.map((generation) => (
          <GenerationRow key={generation.id} generation={generation} />
        ))}
      </tbody>
    </table>
  );
}

function GenerationRow({ generation }: { generation: Generation }) {
  return (
    <tr>
      <td>
        <Link to={`/generations/${encodeURIComponent(generation.id)}`}>{generation.prompt}</Link>
      </td>
      <td>{generation.endUserEmail}</td>
      <td>{generation.imageCount}</td>
      <td>
        <StatusBadge generation={generation} />
      </td>
    </tr>
  );
}
