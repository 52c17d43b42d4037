// The guides chosen so far, in pack order, each with 上移 / 下移 / 移除.
import { fillTemplate } from '../../lib/i18n/fill-template';
import { PACK_LIMITS } from '../../lib/packs/pack-limits';
import type { PackBuilderMessages } from './pack-builder-messages';

/** The id of the element that gets focus after a change, or the search box. */
export type FocusTarget = string;

interface Props {
  ids: string[];
  titleOf: (id: string) => string;
  ready: boolean;
  messages: PackBuilderMessages;
  onMove: (id: string, by: -1 | 1, focus: FocusTarget) => void;
  onRemove: (id: string, focus: FocusTarget) => void;
}

const controlId = (id: string, control: 'up' | 'down' | 'remove') => `builder-${control}-${id}`;

export function PickedGuides({ ids, titleOf, ready, messages: m, onMove, onRemove }: Props) {
  return (
    <section aria-labelledby="picked-heading" className="builder-picked">
      <h2 id="picked-heading" tabIndex={-1} data-picked-heading>
        {fillTemplate(m['packs.builder.picked'], { count: ids.length, max: PACK_LIMITS.maxGuides })}
      </h2>
      {ids.length === 0 && (
        <p className="yt-muted" data-empty>
          {m['packs.builder.none']}
        </p>
      )}
      <ol data-picked>
        {ids.map((id, i) => {
          const title = titleOf(id);
          const first = i === 0;
          const last = i === ids.length - 1;
          // After 移除, focus goes to the 移除 of the guide that takes this place, else the one before, else the heading.
          const next = ids[i + 1] ?? ids[i - 1];
          return (
            <li key={id} data-id={id}>
              <span className="builder-picked__title">{title}</span>
              <span className="builder-picked__tools">
                {/* aria-disabled keeps focus on 上移 when the guide reaches the top (a disabled button drops it). */}
                <button type="button" className="yt-button builder-small" id={controlId(id, 'up')} data-move="-1" disabled={!ready} aria-disabled={first} aria-label={fillTemplate(m['packs.builder.upLabel'], { title })} onClick={() => !first && onMove(id, -1, controlId(id, 'up'))}>
                  {m['packs.builder.up']}
                </button>
                <button type="button" className="yt-button builder-small" id={controlId(id, 'down')} data-move="1" disabled={!ready} aria-disabled={last} aria-label={fillTemplate(m['packs.builder.downLabel'], { title })} onClick={() => !last && onMove(id, 1, controlId(id, 'down'))}>
                  {m['packs.builder.down']}
                </button>
                <button type="button" className="yt-button builder-small" id={controlId(id, 'remove')} disabled={!ready} aria-label={fillTemplate(m['packs.builder.removeLabel'], { title })} onClick={() => onRemove(id, next === undefined ? 'picked-heading' : controlId(next, 'remove'))}>
                  {m['packs.builder.remove']}
                </button>
              </span>
            </li>
          );
        })}
      </ol>
    </section>
  );
}
