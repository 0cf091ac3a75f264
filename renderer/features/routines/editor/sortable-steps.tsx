import {
  DndContext,
  KeyboardSensor,
  PointerSensor,
  closestCenter,
  useSensor,
  useSensors,
  type Announcements,
  type DragEndEvent,
} from '@dnd-kit/core';
import {
  SortableContext,
  sortableKeyboardCoordinates,
  useSortable,
  verticalListSortingStrategy,
} from '@dnd-kit/sortable';
import { CSS } from '@dnd-kit/utilities';
import type { ReactNode } from 'react';
import type { Step } from '../../../../core/routines/routine-schema';
import { t } from '../../../i18n';

/**
 * The steps as a list the user can reorder by dragging a step's handle, or by keyboard: focus the
 * handle, Space to pick it up, arrows to move, Space to drop (dnd-kit, which announces each move
 * to a screen reader in the catalog's words).
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
  const sensors = useSensors(
    useSensor(PointerSensor, { activationConstraint: { distance: 4 } }),
    useSensor(KeyboardSensor, { coordinateGetter: sortableKeyboardCoordinates }),
  );
  const titleOf = (id: string | number) =>
    steps.find((step) => step.id === String(id))?.title ?? String(id);
  const positionOf = (id: string | number) => steps.findIndex((step) => step.id === String(id)) + 1;
  const announcements: Announcements = {
    onDragStart: ({ active }) =>
      t('editor.drag.picked', { step: titleOf(active.id), position: positionOf(active.id) }),
    onDragOver: ({ active, over }) =>
      over
        ? t('editor.drag.over', { step: titleOf(active.id), position: positionOf(over.id) })
        : undefined,
    onDragEnd: ({ active, over }) =>
      over
        ? t('editor.drag.dropped', { step: titleOf(active.id), position: positionOf(over.id) })
        : undefined,
    onDragCancel: ({ active }) => t('editor.drag.cancelled', { step: titleOf(active.id) }),
  };
  const onDragEnd = ({ active, over }: DragEndEvent) => {
    if (!over || active.id === over.id) return;
    onMove(positionOf(active.id) - 1, positionOf(over.id) - 1);
  };
  return (
    <DndContext
      sensors={sensors}
      collisionDetection={closestCenter}
      onDragEnd={onDragEnd}
      accessibility={{
        announcements,
        screenReaderInstructions: { draggable: t('editor.drag.instructions') },
      }}
    >
      <SortableContext items={steps.map((step) => step.id)} strategy={verticalListSortingStrategy}>
        <ol className="editor-steps">
          {steps.map((step, index) => (
            <SortableStep key={step.id} step={step}>
              {(handle) => children(step, index, handle)}
            </SortableStep>
          ))}
        </ol>
      </SortableContext>
    </DndContext>
  );
}

function SortableStep({ step, children }: { step: Step; children(handle: ReactNode): ReactNode }) {
  const { attributes, listeners, setNodeRef, setActivatorNodeRef, transform, transition } =
    useSortable({ id: step.id });
  const handle = (
    <button
      type="button"
      ref={setActivatorNodeRef}
      className="button editor-step__handle"
      aria-label={t('editor.moveHandle', { step: step.title })}
      {...attributes}
      {...listeners}
    >
      <span aria-hidden="true">⠿</span>
    </button>
  );
  return (
    <li
      ref={setNodeRef}
      className="editor-step"
      style={{ transform: CSS.Transform.toString(transform), transition }}
    >
      {children(handle)}
    </li>
  );
}
