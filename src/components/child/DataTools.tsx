// Export, import and delete: always shown, whatever the stored values (each other part may fail on its own).
import { useRef } from 'react';
import { CHILD_STORE_VERSION, findSelectedChild, serializeChildStore, type ChildStore } from '../../lib/child-profile/child-store';
import { parseChildStore } from '../../lib/child-profile/parse-child-store';
import { findStoreProblem, type ChildProblem } from '../../lib/child-profile/validate-child-profile';
import { childLabel, useChild } from './child-context';
import { downloadText } from './child-storage';

export function DataTools({ store, editing, problemText, onImported, onAllDeleted }: { store: ChildStore; editing: boolean; problemText: (p: ChildProblem) => string; onImported: () => void; onAllDeleted: () => void }) {
  const { m, today, act, say, focusAfterRender } = useChild();
  const file = useRef<HTMLInputElement>(null);
  const child = findSelectedChild(store);
  const hasChildren = store.children.length > 0;

  const importFile = (f: File) => {
    void f.text().then((text) => {
      if (file.current) file.current.value = '';
      const result = parseChildStore(text);
      const problem = result.status === 'ok' ? findStoreProblem(result.store, today) : undefined;
      if (result.status !== 'ok' || problem) {
        const reason =
          result.status === 'unreadable' ? result.reason
          : result.status === 'newer' ? m('child.importNewer')
          : result.status === 'empty' ? '空文件'
          : problem ? m('child.importProblem', { index: problem.childIndex + 1, problem: problemText(problem) })
          : '';
        say(m('child.importFailed', { reason }));
        focusAfterRender('child-import');
        return;
      }
      if (hasChildren && !window.confirm(m('child.importConfirm'))) return;
      onImported();
      focusAfterRender('child-import');
      act({ type: 'replaceAll', store: result.store }, m('child.imported'));
    });
  };

  return (
    <section aria-labelledby="child-data-heading" className="child-data">
      <h2 id="child-data-heading">{m('child.dataHeading')}</h2>
      <p>{m('child.dataLead')}</p>
      <p className="child-actions">
        {hasChildren ? (
          <button type="button" className="yt-button" id="child-export" onClick={() => downloadText(serializeChildStore({ ...store, version: CHILD_STORE_VERSION }), `yuertong-children-${today}.json`, 'application/json')}>
            {m('child.export')}
          </button>
        ) : null}
        <button type="button" className="yt-button" id="child-import" onClick={() => file.current?.click()}>{m('child.import')}</button>
        <input
          ref={file}
          type="file"
          id="child-import-file"
          accept=".json,application/json"
          className="yt-visually-hidden"
          tabIndex={-1}
          aria-label={m('child.import')}
          onChange={(e) => {
            const f = e.currentTarget.files?.[0];
            if (f) importFile(f);
          }}
        />
        {child && !editing ? (
          <button
            type="button"
            className="yt-button"
            id="child-remove"
            onClick={() => {
              if (!window.confirm(m('child.removeConfirm', { name: childLabel(m, child) }))) return;
              if (store.children.length === 1) onAllDeleted();
              act({ type: 'removeChild', childId: child.id });
            }}
          >
            {m('child.remove')}
          </button>
        ) : null}
        {hasChildren ? (
          <button
            type="button"
            className="yt-button child-danger"
            id="child-delete-all"
            onClick={() => {
              if (!window.confirm(m('child.deleteAllConfirm'))) return;
              onAllDeleted();
              focusAfterRender('child-form-heading');
              act({ type: 'deleteAll' }, m('child.deleted'));
            }}
          >
            {m('child.deleteAll')}
          </button>
        ) : null}
      </p>
      <p>
        <a href="/privacy/">{m('child.privacyLink')}</a>
      </p>
    </section>
  );
}
