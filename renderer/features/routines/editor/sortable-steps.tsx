import {
  useId,
  useLayoutEffect,
  useRef,
  useState,
  type KeyboardEvent,
  type PointerEvent,
  type ReactNode,
} from 'react';
import type { Step } from '../../../../core/routines/routine-schema';
import { useAnnounce } from '../../../components/live-announcer';
import { t } from '../../../i18n';

/** A step being moved: from where, to where, and where the rows lay when it was picked up. */
interface Drag {
  readonly from: number;
  readonly over: number;
  /** How far the pointer has carried it, in px; `null` while the keyboard moves it. */
  readonly dy: number | null;
  /** Each row's top and bottom, from the list's top, at the pick-up. */
  readonly rows: readonly { readonly top: number; readonly bottom: number }[];
}

/** How far the pointer travels on a handle before it picks the step up, in px. */
const PICK_UP_PX = 4;
/** A drag this close to the window's top or bottom scrolls the page, by `SCROLL_PX` a frame. */
const SCROLL_EDGE_PX = 48;
const SCROLL_PX = 12;

/** How far row `index` is moved out of its place while `drag` is on, in px. */
function shiftOf({ from, over, dy, rows }: Drag, index: number): number {
  const row = (at: number) => rows[at]!;
  if (index === from)
    return (
      dy ?? (over > from ? row(over).bottom - row(from).bottom : row(over).top - row(from).top)
    );
  if (from < index && index <= over) return row(from).top - row(from + 1).top;
  if (over <= index && index < from) return row(from).bottom - row(from - 1).bottom;
  return 0;
}

/**
 * The steps as a list the user can reorder by dragging a step's handle, or by keyboard: focus the
 * handle, Space to pick it up, arrows to move, Space to drop, Escape to put it back. Each move is
 * announced to a screen reader in the catalog's words. The other rows make room as it moves; the
 * order changes (`onMove`) only when the step is put down.
 */
export function SortableSteps({
  steps,
  onMove,
  children,
}: {
  steps: readonly Step[];
  onMove(from: number, to: number): void;
  children(step: Step, index: number, handle: ReactNode): ReactNode;
}) {
  const announce = useAnnounce();
  const instructionsId = useId();
  const list = useRef<HTMLOListElement>(null);
  const handles = useRef(new Map<string, HTMLButtonElement>());
  const [drag, setDragState] = useState<Drag | null>(null);
  /** The drag as the event handlers see it (state lags a render behind). */
  const current = useRef<Drag | null>(null);
  /** The handle to focus again once the list has its new order (moving a row drops the focus). */
  const refocus = useRef<string | null>(null);
  useLayoutEffect(() => {
    if (refocus.current) handles.current.get(refocus.current)?.focus();
    refocus.current = null;
  });

  const words = (key: 'picked' | 'over' | 'dropped' | 'cancelled', from: number, to = from) =>
    t(`editor.drag.${key}`, { step: steps[from]!.title, position: to + 1 });
  const setDrag = (next: Drag | null) => {
    if (next && current.current && next.over !== current.current.over)
      announce(words('over', next.from, next.over));
    current.current = next;
    setDragState(next);
  };
  const listTop = () => list.current?.getBoundingClientRect().top ?? 0;
  const pickUp = (from: number, dy: number | null) => {
    const top = listTop();
    const rows = [...(list.current?.children ?? [])].map((row) => {
      const rect = row.getBoundingClientRect();
      return { top: rect.top - top, bottom: rect.bottom - top };
    });
    announce(words('picked', from));
    setDrag({ from, over: from, dy, rows });
  };
  const putDown = (isDrop: boolean) => {
    const done = current.current;
    if (!done) return;
    setDrag(null);
    refocus.current = steps[done.from]!.id;
    announce(words(isDrop ? 'dropped' : 'cancelled', done.from, done.over));
    if (isDrop && done.over !== done.from) onMove(done.from, done.over);
  };

  const onKeyDown = (event: KeyboardEvent, index: number) => {
    const code = event.code;
    const moving = current.current;
    if (!moving) {
      if (code !== 'Space' && code !== 'Enter') return;
      pickUp(index, null);
    } else if (code === 'Escape') putDown(false);
    else if (moving.dy !== null) return;
    else if (code === 'Space' || code === 'Enter') putDown(true);
    else if (code === 'ArrowDown' || code === 'ArrowUp') {
      const over = moving.over + (code === 'ArrowDown' ? 1 : -1);
      setDrag({ ...moving, over: Math.min(steps.length - 1, Math.max(0, over)) });
    } else return;
    event.preventDefault();
  };

  const onPointerDown = (event: PointerEvent, index: number) => {
    if (event.button !== 0 || current.current) return;
    const startX = event.clientX;
    const startY = event.clientY - listTop();
    let { clientX: x, clientY: y } = event;
    let stage: 'pressed' | 'dragging' | 'done' = 'pressed';
    const follow = () => {
      const dy = y - listTop() - startY;
      if (stage === 'pressed' && Math.hypot(x - startX, dy) >= PICK_UP_PX) {
        stage = 'dragging';
        pickUp(index, dy);
      }
      const moving = current.current;
      if (stage !== 'dragging' || !moving) return;
      const row = moving.rows[moving.from]!;
      const centre = (row.top + row.bottom) / 2 + dy;
      const distance = (at: number) =>
        Math.abs((moving.rows[at]!.top + moving.rows[at]!.bottom) / 2 - centre);
      let over = 0;
      for (let at = 1; at < moving.rows.length; at += 1)
        if (distance(at) < distance(over)) over = at;
      setDrag({ ...moving, dy, over });
      if (y < SCROLL_EDGE_PX) scrollBy(0, -SCROLL_PX);
      else if (y > innerHeight - SCROLL_EDGE_PX) scrollBy(0, SCROLL_PX);
    };
    const move = (moved: globalThis.PointerEvent) => {
      x = moved.clientX;
      y = moved.clientY;
      follow();
    };
    const noSelecting = (selecting: Event) => selecting.preventDefault();
    const stop = (stopped: Event) => {
      removeEventListener('pointermove', move);
      removeEventListener('pointerup', stop);
      removeEventListener('pointercancel', stop);
      removeEventListener('scroll', follow);
      removeEventListener('selectstart', noSelecting);
      if (stage === 'dragging' && current.current) putDown(stopped.type === 'pointerup');
      stage = 'done';
    };
    addEventListener('pointermove', move);
    addEventListener('pointerup', stop);
    addEventListener('pointercancel', stop);
    addEventListener('scroll', follow);
    addEventListener('selectstart', noSelecting);
  };

  return (
    <>
      <div id={instructionsId} hidden>
        {t('editor.drag.instructions')}
      </div>
      <ol className="editor-steps" ref={list}>
        {steps.map((step, index) => {
          const isMoving = drag?.from === index;
          const handle = (
            <button
              type="button"
              ref={(node) => {
                if (node) handles.current.set(step.id, node);
                return () => {
                  handles.current.delete(step.id);
                };
              }}
              className="button editor-step__handle"
              aria-label={t('editor.moveHandle', { step: step.title })}
              aria-describedby={instructionsId}
              aria-pressed={isMoving || undefined}
              onKeyDown={(event) => onKeyDown(event, index)}
              onPointerDown={(event) => onPointerDown(event, index)}
              onBlur={() => current.current?.dy === null && putDown(false)}
            >
              <span aria-hidden="true">⠿</span>
            </button>
          );
          return (
            <li
              key={step.id}
              className="editor-step"
              style={
                drag
                  ? {
                      transform: `translateY(${shiftOf(drag, index)}px)`,
                      transition: isMoving ? undefined : 'transform 200ms ease',
                      position: 'relative',
                      zIndex: isMoving ? 1 : undefined,
                    }
                  : undefined
              }
            >
              {children(step, index, handle)}
            </li>
          );
        })}
      </ol>
    </>
  );
}
