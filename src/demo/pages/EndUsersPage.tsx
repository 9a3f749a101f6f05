import { useEffect, useRef, useState } from 'react';
import { useEndUserList } from '../api/endUsers';
import { AddEndUserForm } from '../forms/AddEndUserForm';
import { Page } from '../Page';
import { QueryError } from '../ui/QueryError';
import { EndUserRow } from './EndUserRow';
import { Gate } from '../ui/Gate';

/** `/end-users`: the list (block, delete with the guided conflict flow) and the add form. */
export function EndUsersPage() {
  return (
    <Page title="End-users">
      <p>The people your app generates images for. Block one to stop new generations; delete one to remove them.</p>
      <Gate>
        <EndUsers />
      </Gate>
    </Page>
  );
}

function EndUsers() {
  const list = useEndUserList();
  // The last outcome ("… has been deleted."), focused so a removed row doesn't leave focus nowhere.
  const [notice, setNotice] = useState('');
  const noticeRef = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  return (
    <>
      <h2>Your end-users</h2>
      <p ref={noticeRef} tabIndex={-1} role="status" className="demo-notice" data-testid="end-user-notice">
        {notice}
      </p>
      {list.isPending ? <p className="demo-muted">Loading end-users…</p> : null}
      {list.isError ? <QueryError error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && list.data.data.length === 0 ? <p>No end-users yet.</p> : null}
      {list.isSuccess && list.data.data.length > 0 ? (
        <ul className="demo-list" data-testid="end-user-list">
          {list.data.data.map((user) => (
            <EndUserRow key={user.email} user={user} onDeleted={(email) => setNotice(`${email} has been deleted.`)} />
          ))}
        </ul>
      ) : null}
      <AddEndUserForm onAdded={(email) => setNotice(`${email} has been added.`)} />
    </>
  );
}
