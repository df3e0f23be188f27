import { useRef, type KeyboardEvent, type PointerEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useCurrentLanguage } from '../../i18n/use-current-language';
import {
  dragCorner,
  maxUnits,
  minUnitsFor,
  moveCrop,
  resizeCrop,
  unitsOf,
  type CropRect,
  type Size,
} from './crop-rect';

type Drag = { mode: 'move' | 'resize'; pointerId: number; startX: number; startY: number; start: CropRect };

const percent = (part: number, whole: number) => `${(part / whole) * 100}%`;

/**
 * The picture with a 4:3 frame over it: dragged with a pointer (the frame to move it, its corner
 * to resize it), moved with the arrow keys and resized with + and − once focused, and resized with
 * a native slider too, which every assistive technology knows. Coordinates are the picture's own
 * pixels; the frame is drawn in percentages, so the picture can be shown at any width.
 */
export function ImageCropper({
  id,
  url,
  size,
  crop,
  onChange,
}: {
  id: string;
  url: string;
  size: Size;
  crop: CropRect;
  onChange: (crop: CropRect) => void;
}) {
  const { t } = useTranslation();
  const language = useCurrentLanguage();
  const stageRef = useRef<HTMLDivElement>(null);
  const drag = useRef<Drag | null>(null);
  const number = new Intl.NumberFormat(language);

  /** Picture pixels per CSS pixel of the picture as shown. */
  const scale = () => size.width / (stageRef.current?.clientWidth || size.width);

  const startDrag = (mode: Drag['mode'], event: PointerEvent<HTMLElement>) => {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    drag.current = { mode, pointerId: event.pointerId, startX: event.clientX, startY: event.clientY, start: crop };
  };

  const moveDrag = (event: PointerEvent<HTMLElement>) => {
    const current = drag.current;
    if (!current || current.pointerId !== event.pointerId) return;
    const dx = (event.clientX - current.startX) * scale();
    const dy = (event.clientY - current.startY) * scale();
    const { start } = current;
    onChange(
      current.mode === 'move'
        ? moveCrop(start, dx, dy, size)
        : dragCorner(start, start.x + start.width + dx, start.y + start.height + dy, size),
    );
  };

  const endDrag = (event: PointerEvent<HTMLElement>) => {
    if (drag.current?.pointerId === event.pointerId) drag.current = null;
  };

  const onKeyDown = (event: KeyboardEvent<HTMLDivElement>) => {
    // About 1 % of the picture per press, ten times that with Shift.
    const step = Math.max(1, Math.round(size.width / 100)) * (event.shiftKey ? 10 : 1);
    const sizeStep = Math.max(1, Math.round(maxUnits(size) / 20));
    const moves: Record<string, [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, -step],
      ArrowDown: [0, step],
    };
    const move = moves[event.key];
    if (move) onChange(moveCrop(crop, move[0], move[1], size));
    else if (event.key === '+' || event.key === '=') onChange(resizeCrop(crop, unitsOf(crop) + sizeStep, size));
    else if (event.key === '-' || event.key === '_') onChange(resizeCrop(crop, unitsOf(crop) - sizeStep, size));
    else return;
    event.preventDefault();
  };

  const dimensions = { width: number.format(crop.width), height: number.format(crop.height) };
  return (
    <div className="cropper">
      <p className="field__hint" id={`${id}-instructions`}>
        {t('staffCatalogue.crop.instructions')}
      </p>
      <div
        className="cropper__stage"
        ref={stageRef}
        // As wide as fits, and no taller than 60 % of the screen: the frame is drawn over exactly it.
        style={{ width: `min(100%, ${((60 * size.width) / size.height).toFixed(3)}vh)` }}
      >
        <img className="cropper__image" src={url} alt={t('staffCatalogue.crop.preview')} draggable={false} />
        <div
          className="cropper__frame"
          style={{
            left: percent(crop.x, size.width),
            top: percent(crop.y, size.height),
            width: percent(crop.width, size.width),
            height: percent(crop.height, size.height),
          }}
          tabIndex={0}
          role="group"
          aria-roledescription={t('staffCatalogue.crop.frameRole')}
          aria-label={t('staffCatalogue.crop.frame')}
          aria-describedby={`${id}-instructions ${id}-summary`}
          onPointerDown={(event) => startDrag('move', event)}
          onPointerMove={moveDrag}
          onPointerUp={endDrag}
          onPointerCancel={endDrag}
          onKeyDown={onKeyDown}
          data-testid="crop-frame"
        >
          <span className="cropper__handle" aria-hidden="true" onPointerDown={(event) => startDrag('resize', event)} />
        </div>
      </div>
      <div className="field">
        <label className="field__label" htmlFor={`${id}-size`}>
          {t('staffCatalogue.crop.size')}
        </label>
        <input
          id={`${id}-size`}
          className="cropper__size"
          type="range"
          min={minUnitsFor(size)}
          max={maxUnits(size)}
          step={1}
          value={unitsOf(crop)}
          aria-valuetext={t('staffCatalogue.crop.sizeValue', dimensions)}
          onChange={(event) => onChange(resizeCrop(crop, Number(event.target.value), size))}
        />
      </div>
      <p className="field__hint" id={`${id}-summary`} data-testid="crop-summary">
        {t('staffCatalogue.crop.summary', {
          ...dimensions,
          x: number.format(crop.x),
          y: number.format(crop.y),
          imageWidth: number.format(size.width),
          imageHeight: number.format(size.height),
        })}
      </p>
    </div>
  );
}
