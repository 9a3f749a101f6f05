import { useQueryClient } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { ConflictFlow, isXModeError } from 'xmode-error-ui';
import { endUserApi, endUserKeys, useBlockEndUser, useDeleteEndUser } from '../api/endUsers';
import type { EndUser } from '../api/types';
import { QueryError } from '../ui/QueryError';

/** How often the conflict flow checks the end-user's running generations, in ms. */
const CONFLICT_POLL_MS = 1_000;

export interface EndUserRowProps {
  user: EndUser;
  onDeleted: (email: string) => void;
}

/** One end-user: state, Block, Delete; a `409 conflict` on Delete opens the guided flow in place. */
export function EndUserRow({ user, onDeleted }: EndUserRowProps) {
  const queryClient = useQueryClient();
  const block = useBlockEndUser();
  const remove = useDeleteEndUser();
  const [conflict, setConflict] = useState(false);
  const deleteRef = useRef<HTMLButtonElement>(null);
  // Set on Cancel: the flow that had focus is gone, so focus goes back to Delete once it is enabled again.
  const refocusDelete = useRef(false);
  const { email } = user;
  useEffect(() => {
    if (conflict || !refocusDelete.current) return;
    refocusDelete.current = false;
    deleteRef.current?.focus();
  }, [conflict]);

  const onDelete = () =>
    remove.mutate(email, {
      onSuccess: () => onDeleted(email),
      onError: (error) => setConflict(isXModeError(error) && error.code === 'conflict'),
    });
  const finished = () => {
    onDeleted(email);
    void queryClient.invalidateQueries({ queryKey: endUserKeys.list() });
  };
  const refresh = () => void queryClient.invalidateQueries({ queryKey: endUserKeys.list() });
  const close = () => {
    refresh();
    refocusDelete.current = true;
    setConflict(false);
    remove.reset();
  };
  // Cancel before anything happened closes the flow; after the block it stays, saying
  // the end-user is still blocked, with Unblock, Close and "Block and delete" to resume.
  const cancelled = ({ blocked }: { blocked: boolean }) => {
    if (blocked) refresh();
    else close();
  };
  const busy = block.isPending || remove.isPending || conflict;
  const running = user.activeGenerations;

  return (
    <li className="demo-list__item" data-testid={`end-user-${email}`}>
      <div className="demo-list__row">
        <span className="demo-list__main">{email}</span>
        <span className="demo-muted">
          {user.blocked ? 'Blocked' : 'Active'}
          {/* While the flow runs, its status line is where the count is (this one would be stale). */}
          {running > 0 && !conflict ? `, ${running} ${running === 1 ? 'generation' : 'generations'} running` : ''}
        </span>
        <span className="demo-list__actions">
          {user.blocked ? null : (
            <button type="button" className="xm-button xm-button--secondary" disabled={busy} onClick={() => block.mutate(email)}>
              Block<span className="xm-visually-hidden"> {email}</span>
            </button>
          )}
          <button ref={deleteRef} type="button" className="xm-button xm-button--danger" disabled={busy} onClick={onDelete}>
            {remove.isPending ? 'Deleting…' : 'Delete'}
            <span className="xm-visually-hidden"> {email}</span>
          </button>
        </span>
      </div>
      {block.isError ? <QueryError error={block.error} headingLevel={3} /> : null}
      {remove.isError && !conflict ? <QueryError error={remove.error} headingLevel={3} /> : null}
      {conflict ? (
        <ConflictFlow
          email={email}
          headingLevel={3}
          pollIntervalMs={CONFLICT_POLL_MS}
          block={(signal) => endUserApi.block(email, signal)}
          countRunning={(signal) => endUserApi.activeGenerations(email, signal)}
          remove={(signal) => endUserApi.remove(email, signal)}
          onDeleted={finished}
          onCancel={cancelled}
          onBlocked={refresh}
          unblock={(signal) => endUserApi.unblock(email, signal)}
          onClose={close}
        />
      ) : null}
    </li>
  );
}
